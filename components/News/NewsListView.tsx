import { FeedList } from '@/components/News/FeedList'
import { NewsFilters } from '@/components/News/NewsFilters'
import { RegionNotice } from '@/components/Regions/RegionNotice'
import { EmptyState } from '@/components/ui/EmptyState'
import { PageHeader } from '@/components/ui/PageHeader'
import { Pagination } from '@/components/ui/Pagination'
import { SubscribeLinks } from '@/components/ui/SubscribeLinks'
import type { NewsList } from '@/lib/content/getNewsList'
import { topicLabel, topicOptions } from '@/lib/content/labels'
import { newsHref, type NewsFilters as Filters, NEWS_PAGE_SIZE } from '@/lib/content/newsFilters'
import type { LocalTag, Region } from '@/lib/content/types'

export type NewsListViewProps = {
  filters: Filters
  list: NewsList
  regions: Region[]
  locals: LocalTag[]
  years: number[]
  /** The visitor's saved region this view is for (links keep or override it), or null. */
  savedCode: string | null
  idSuffix?: string
}

/** /news for these filters: the list, its filters and pages. Receives everything; reads nothing. */
export function NewsListView({ filters, list, regions, locals, years, savedCode, idSuffix }: NewsListViewProps) {
  const region = regions.find((candidate) => candidate.code === filters.region) ?? null
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
        years={years}
        clearHref={newsHref({ region: savedCode, topic: null, local: null, year: null, page: 1 }, savedCode)}
        idSuffix={idSuffix}
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
          <p>{filters.page > 1 ? 'There is no such page of news.' : 'No news matches these filters.'}</p>
          <p>Try another topic or year, or clear the filters.</p>
        </EmptyState>
      )}
    </div>
  )
}
