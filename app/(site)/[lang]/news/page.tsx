import type { Metadata } from 'next'
import { Suspense } from 'react'

import { FilteredNews } from '@/components/News/FilteredNews.client'
import { NewsListView } from '@/components/News/NewsListView'
import styles from '@/components/News/NewsPage.module.css'
import { getLocals } from '@/lib/content/getLocals'
import { getNewsList, getNewsYears } from '@/lib/content/getNewsList'
import { getRegions } from '@/lib/content/getRegions'
import { parseNewsFilters, yearRange } from '@/lib/content/newsFilters'
import { toLang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pageMetadata } from '@/lib/seo/site'

// Static for everyone, refreshed by tag: the first page of every region's news. A saved region and
// filtered views (?topic=, ?page=…) are drawn in the browser by FilteredNews from GET /api/news.
export const revalidate = 300

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = toLang((await params).lang)
  const t = messages(lang)
  return pageMetadata({
    lang,
    title: t.news.title,
    description: t.news.description,
    path: '/news',
    feeds: [{ url: '/news/feed.xml', title: t.news.title }],
  })
}

export default async function NewsPage({ params }: Props) {
  const lang = toLang((await params).lang)
  const [regions, locals, newsYears, list] = await Promise.all([
    getRegions(lang),
    getLocals(lang),
    getNewsYears(),
    getNewsList({ regionId: null, topic: null, localId: null, year: null, page: 1, lang }),
  ])
  const years = yearRange(newsYears.newest, newsYears.oldest)
  return (
    <>
      <div className={styles.static}>
        <NewsListView filters={parseNewsFilters({}, null)} list={list} regions={regions} locals={locals} years={years} savedCode={null} lang={lang} />
      </div>
      <Suspense fallback={null}>
        <FilteredNews regions={regions} locals={locals} years={years} lang={lang} />
      </Suspense>
    </>
  )
}
