'use client'

import type { ReactNode } from 'react'

import { MembersOnlyGate } from '@/components/Members/MembersOnlyGate.client'
import type { Lang } from '@/lib/i18n/languages'

import { ArticleBody } from './ArticleBody'

/** A members-only article's body, filled in for a signed-in member. */
export function ArticlePiece({ slug, notice, lang }: { slug: string; notice: ReactNode; lang: Lang }) {
  return (
    <MembersOnlyGate kind="news" slug={slug} lang={lang} notice={notice}>
      {(article) => <ArticleBody article={article} lang={lang} />}
    </MembersOnlyGate>
  )
}
