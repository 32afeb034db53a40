import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { NewsListView } from '@/components/News/NewsListView'
import { parseNewsFilters } from '@/lib/content/newsFilters'

import { savedRegion } from '../regionFromCookies'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const page = parseNewsFilters(await searchParams, null).page
  return {
    title: page > 1 ? `News – page ${page}` : 'News',
    description: 'Announcements, bonus news and updates from across the coalition.',
    alternates: { types: { 'application/rss+xml': [{ url: '/news/feed.xml', title: 'News' }] } },
  }
}

// With filters or a page number this renders per request; plain /news is served by proxy.ts from
// the static /news/r/<region> pages.
export default async function NewsPage({ searchParams }: Props) {
  const [params, saved] = await Promise.all([searchParams, savedRegion()])
  return <NewsListView params={params} savedCode={saved?.code ?? null} />
}
