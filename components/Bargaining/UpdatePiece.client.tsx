'use client'

import type { ReactNode } from 'react'

import { MembersOnlyGate } from '@/components/Members/MembersOnlyGate.client'

import { UpdateBody } from './UpdateBody'

/** A members-only bargaining update's body, filled in for a signed-in member. */
export function UpdatePiece({ slug, notice }: { slug: string; notice: ReactNode }) {
  return (
    <MembersOnlyGate kind="bargaining" slug={slug} notice={notice}>
      {(update) => <UpdateBody update={update} />}
    </MembersOnlyGate>
  )
}
