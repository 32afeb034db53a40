import type { Metadata } from 'next'
import { Suspense } from 'react'

import { FilteredNews } from '@/components/News/FilteredNews.client'
import { NewsListView } from '@/components/News/NewsListView'
import styles from '@/components/News/NewsPage.module.css'
import { getLocals } from '@/lib/content/getLocals'
import { getNewsList, getNewsYears } from '@/lib/content/getNewsList'
import { getRegions } from '@/lib/content/getRegions'
import { parseNewsFilters, yearRange } from '@/lib/content/newsFilters'
import { pageMetadata } from '@/lib/seo/site'

// Static for everyone, refreshed by tag: the first page of every region's news. A saved region and
// filtered views (?topic=, ?page=…) are drawn in the browser by FilteredNews from GET /api/news.
export const revalidate = 300

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: 'News',
    description: 'Announcements, bonus news and updates from across the coalition.',
    path: '/news',
    feeds: [{ url: '/news/feed.xml', title: 'News' }],
  })
}

export default async function NewsPage() {
  const [regions, locals, newsYears, list] = await Promise.all([
    getRegions(),
    getLocals(),
    getNewsYears(),
    getNewsList({ regionId: null, topic: null, localId: null, year: null, page: 1 }),
  ])
  const years = yearRange(newsYears.newest, newsYears.oldest)
  return (
    <>
      <div className={styles.static}>
        <NewsListView filters={parseNewsFilters({}, null)} list={list} regions={regions} locals={locals} years={years} savedCode={null} />
      </div>
      <Suspense fallback={null}>
        <FilteredNews regions={regions} locals={locals} years={years} />
      </Suspense>
    </>
  )
}
