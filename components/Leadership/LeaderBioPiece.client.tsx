'use client'

import type { ReactNode } from 'react'

import { MembersOnlyGate } from '@/components/Members/MembersOnlyGate.client'

/** A members-only leader's biography, filled in for a signed-in member. */
export function LeaderBioPiece({ slug, notice, className }: { slug: string; notice: ReactNode; className?: string }) {
  return (
    <MembersOnlyGate kind="leadership" slug={slug} notice={notice}>
      {(leader) => (leader.bio ? <p className={className}>{leader.bio}</p> : null)}
    </MembersOnlyGate>
  )
}
