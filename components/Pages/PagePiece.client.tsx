'use client'

import type { ReactNode } from 'react'

import { MembersOnlyGate } from '@/components/Members/MembersOnlyGate.client'
import type { Lang } from '@/lib/i18n/languages'

import { PageBlocks } from './PageBlocks'

/** A members-only page's blocks, filled in for a signed-in member (in the page's language). */
export function PagePiece({ slug, lang, notice }: { slug: string; lang: Lang; notice: ReactNode }) {
  return (
    <MembersOnlyGate kind="pages" slug={slug} lang={lang} notice={notice}>
      {(page) => <PageBlocks blocks={page.blocks} lang={lang} />}
    </MembersOnlyGate>
  )
}
