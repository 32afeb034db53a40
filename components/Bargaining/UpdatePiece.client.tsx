'use client'

import type { ReactNode } from 'react'

import { MembersOnlyGate } from '@/components/Members/MembersOnlyGate.client'
import type { Lang } from '@/lib/i18n/languages'

import { UpdateBody } from './UpdateBody'

/** A members-only bargaining update's body, filled in for a signed-in member. */
export function UpdatePiece({ slug, notice, lang }: { slug: string; notice: ReactNode; lang: Lang }) {
  return (
    <MembersOnlyGate kind="bargaining" slug={slug} lang={lang} notice={notice}>
      {(update) => <UpdateBody update={update} lang={lang} />}
    </MembersOnlyGate>
  )
}
