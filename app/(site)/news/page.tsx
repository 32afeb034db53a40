import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { NewsListView } from '@/components/News/NewsListView'
import { parseNewsFilters } from '@/lib/content/newsFilters'
import { pageMetadata } from '@/lib/seo/site'

import { savedRegion } from '../regionFromCookies'

const NEWS_DESCRIPTION = 'Announcements, bonus news and updates from across the coalition.'
const NEWS_FEEDS = [{ url: '/news/feed.xml', title: 'News' }]

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const page = parseNewsFilters(await searchParams, null).page
  // Filtered views are the same list narrowed down: page 1 of any of them canonicalises to /news.
  return pageMetadata({
    title: page > 1 ? `News – page ${page}` : 'News',
    description: NEWS_DESCRIPTION,
    path: page > 1 ? `/news?page=${page}` : '/news',
    feeds: NEWS_FEEDS,
  })
}

// With filters or a page number this renders per request; plain /news is served by the next.config.ts rewrites from
// the static /news/r/<region> pages.
export default async function NewsPage({ searchParams }: Props) {
  const [params, saved] = await Promise.all([searchParams, savedRegion()])
  return <NewsListView params={params} savedCode={saved?.code ?? null} />
}
