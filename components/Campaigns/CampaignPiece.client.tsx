'use client'

import type { ReactNode } from 'react'

import { MembersOnlyGate } from '@/components/Members/MembersOnlyGate.client'
import type { Option } from '@/components/Members/OptionSelect'
import { SignForm } from '@/components/Petitions/SignForm'
import type { Lang } from '@/lib/i18n/languages'

import { CampaignBody } from './CampaignBody'

/** A members-only campaign's demands, story and toolkit, filled in for a signed-in member. */
export function CampaignPiece({ slug, notice, lang }: { slug: string; notice: ReactNode; lang: Lang }) {
  return (
    <MembersOnlyGate kind="campaigns" slug={slug} lang={lang} notice={notice}>
      {(campaign) => <CampaignBody campaign={campaign} lang={lang} />}
    </MembersOnlyGate>
  )
}

type PetitionPieceProps = { slug: string; notice: ReactNode; regions: Option[]; locals: Option[]; lang: Lang }

/** A members-only petition: signed by members only, so its form appears once the member's piece is in. */
export function PetitionPiece({ slug, notice, regions, locals, lang }: PetitionPieceProps) {
  return (
    <MembersOnlyGate kind="campaigns" slug={slug} lang={lang} notice={notice}>
      {(campaign) => <SignForm campaignSlug={campaign.slug} initialCount={campaign.signatureCount ?? 0} regions={regions} locals={locals} lang={lang} />}
    </MembersOnlyGate>
  )
}
