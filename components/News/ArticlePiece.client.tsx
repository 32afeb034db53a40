'use client'

import type { ReactNode } from 'react'

import { MembersOnlyGate } from '@/components/Members/MembersOnlyGate.client'

import { ArticleBody } from './ArticleBody'

/** A members-only article's body, filled in for a signed-in member. */
export function ArticlePiece({ slug, notice }: { slug: string; notice: ReactNode }) {
  return (
    <MembersOnlyGate kind="news" slug={slug} notice={notice}>
      {(article) => <ArticleBody article={article} />}
    </MembersOnlyGate>
  )
}
