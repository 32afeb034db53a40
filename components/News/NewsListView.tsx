import { notFound } from 'next/navigation'

import { FeedList } from '@/components/News/FeedList'
import { NewsFilters } from '@/components/News/NewsFilters'
import { RegionNotice } from '@/components/Regions/RegionNotice'
import { EmptyState } from '@/components/ui/EmptyState'
import { PageHeader } from '@/components/ui/PageHeader'
import { Pagination } from '@/components/ui/Pagination'
import { SubscribeLinks } from '@/components/ui/SubscribeLinks'
import { getLocals } from '@/lib/content/getLocals'
import { getNewsList, getNewsYears, NEWS_PAGE_SIZE } from '@/lib/content/getNewsList'
import { getRegions } from '@/lib/content/getRegions'
import { topicLabel, topicOptions } from '@/lib/content/labels'
import { newsHref, parseNewsFilters, yearRange } from '@/lib/content/newsFilters'

export type NewsSearchParams = Record<string, string | string[] | undefined>

/** The news list for these query parameters; `savedCode` is the visitor's saved region, if any. */
export async function NewsListView({ params, savedCode }: { params: NewsSearchParams; savedCode: string | null }) {
  const [regions, locals, years] = await Promise.all([getRegions(), getLocals(), getNewsYears()])
  const parsed = parseNewsFilters(params, savedCode)
  // An unknown region code shows every region rather than nothing.
  const region = regions.find((candidate) => candidate.code === parsed.region) ?? null
  const filters = { ...parsed, region: region?.code ?? null }
  const list = await getNewsList({
    regionId: region?.id ?? null,
    topic: filters.topic,
    localId: filters.local,
    year: filters.year,
    page: filters.page,
  })
  if (filters.page > 1 && filters.page > list.totalPages) notFound()

  const hrefFor = (page: number) => newsHref({ ...filters, page }, savedCode)
  const first = (list.page - 1) * NEWS_PAGE_SIZE + 1
  const last = first + list.items.length - 1
  const activeTopic = filters.topic ? topicLabel(filters.topic) : null

  return (
    <div className="container">
      <PageHeader title={activeTopic ? `News: ${activeTopic}` : 'News'} lead="Announcements, bonus news and updates from across the coalition.">
        <SubscribeLinks feeds={[{ href: '/news/feed.xml', label: 'News feed', format: 'RSS' }]} />
      </PageHeader>
      <RegionNotice regionName={region?.name ?? null} showAllHref={newsHref({ ...filters, region: null, page: 1 }, savedCode)} />
      <NewsFilters
        filters={filters}
        regions={regions}
        locals={locals}
        topics={topicOptions}
        years={yearRange(years.newest, years.oldest)}
        clearHref={newsHref({ region: savedCode, topic: null, local: null, year: null, page: 1 }, savedCode)}
      />
      <h2 className="visually-hidden">Results</h2>
      {list.items.length > 0 ? (
        <>
          <p>
            Showing {first}–{last} of {list.totalDocs} {list.totalDocs === 1 ? 'story' : 'stories'}
          </p>
          <FeedList items={list.items} />
          <Pagination page={list.page} totalPages={list.totalPages} hrefFor={hrefFor} label="News pages" />
        </>
      ) : (
        <EmptyState>
          <p>No news matches these filters.</p>
          <p>Try another topic or year, or clear the filters.</p>
        </EmptyState>
      )}
    </div>
  )
}
