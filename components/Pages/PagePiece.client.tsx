'use client'

import type { ReactNode } from 'react'

import { MembersOnlyGate } from '@/components/Members/MembersOnlyGate.client'

import { PageBlocks } from './PageBlocks'

/** A members-only page's blocks, filled in for a signed-in member. */
export function PagePiece({ slug, notice }: { slug: string; notice: ReactNode }) {
  return (
    <MembersOnlyGate kind="pages" slug={slug} notice={notice}>
      {(page) => <PageBlocks blocks={page.blocks} />}
    </MembersOnlyGate>
  )
}
