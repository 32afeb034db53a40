import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { NewsListView } from '@/components/News/NewsListView'
import { getRegionByCode, getRegions } from '@/lib/content/getRegions'
import { pageMetadata } from '@/lib/seo/site'

// First page of /news without filters, for everyone ("all") or a saved region: the rewrites in next.config.ts send
// /news here so the most visited list is static and revalidated by tag.
export const revalidate = 300

export async function generateStaticParams() {
  return [{ region: 'all' }, ...(await getRegions()).map((region) => ({ region: region.code }))]
}

// Served at /news (a rewrite), so it describes /news.
export function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: 'News',
    description: 'Announcements, bonus news and updates from across the coalition.',
    path: '/news',
    feeds: [{ url: '/news/feed.xml', title: 'News' }],
  })
}

export default async function StaticNewsPage({ params }: { params: Promise<{ region: string }> }) {
  const { region } = await params
  if (region !== 'all' && !(await getRegionByCode(region))) notFound()
  const savedCode = region === 'all' ? null : region
  return <NewsListView params={{}} savedCode={savedCode} />
}
