'use client'

import type { ReactNode } from 'react'

import { MembersOnlyGate } from '@/components/Members/MembersOnlyGate.client'
import type { Lang } from '@/lib/i18n/languages'

/** A members-only leader's biography, filled in for a signed-in member (in the page's language). */
export function LeaderBioPiece({ slug, lang, notice, className }: { slug: string; lang: Lang; notice: ReactNode; className?: string }) {
  return (
    <MembersOnlyGate kind="leadership" slug={slug} lang={lang} notice={notice}>
      {(leader) => (leader.bio ? <p className={className}>{leader.bio}</p> : null)}
    </MembersOnlyGate>
  )
}
