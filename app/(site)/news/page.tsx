import type { Metadata } from 'next'
import { Suspense } from 'react'

import { FilteredNews } from '@/components/News/FilteredNews.client'
import { NewsListView } from '@/components/News/NewsListView'
import styles from '@/components/News/NewsPage.module.css'
import { RegionViews } from '@/components/Regions/RegionViews'
import { getLocals } from '@/lib/content/getLocals'
import { getNewsList, getNewsYears } from '@/lib/content/getNewsList'
import { getRegions } from '@/lib/content/getRegions'
import { parseNewsFilters, yearRange } from '@/lib/content/newsFilters'
import { pageMetadata } from '@/lib/seo/site'

// Static for everyone, refreshed by tag: the first page for every region, of which the saved region's
// is shown (RegionViews). Filtered views (?topic=, ?page=…) are drawn in the browser by FilteredNews.
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
  const [regions, locals, newsYears] = await Promise.all([getRegions(), getLocals(), getNewsYears()])
  const years = yearRange(newsYears.newest, newsYears.oldest)
  const views = await Promise.all(
    [null, ...regions].map(async (region) => {
      const code = region?.code ?? null
      const filters = parseNewsFilters({}, code)
      const list = await getNewsList({ regionId: region?.id ?? null, topic: null, localId: null, year: null, page: 1 })
      return {
        code,
        view: <NewsListView filters={filters} list={list} regions={regions} locals={locals} years={years} savedCode={code} idSuffix={code ? `-${code}` : ''} />,
      }
    }),
  )
  return (
    <>
      <div className={styles.unfiltered}>
        <RegionViews views={views} />
      </div>
      <Suspense fallback={null}>
        <FilteredNews regions={regions} locals={locals} years={years} />
      </Suspense>
    </>
  )
}
