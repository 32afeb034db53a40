import { FeedList } from '@/components/News/FeedList'
import { NewsFilters } from '@/components/News/NewsFilters'
import { RegionNotice } from '@/components/Regions/RegionNotice'
import { EmptyState } from '@/components/ui/EmptyState'
import { PageHeader } from '@/components/ui/PageHeader'
import { Pagination } from '@/components/ui/Pagination'
import { SubscribeLinks } from '@/components/ui/SubscribeLinks'
import { formatCount } from '@/lib/content/format'
import type { NewsList } from '@/lib/content/getNewsList'
import { topicLabel, topicOptions } from '@/lib/content/labels'
import { newsHref, type NewsFilters as Filters, NEWS_PAGE_SIZE } from '@/lib/content/newsFilters'
import type { LocalTag, Region } from '@/lib/content/types'
import { localizedPath, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

export type NewsListViewProps = {
  filters: Filters
  list: NewsList
  regions: Region[]
  locals: LocalTag[]
  years: number[]
  /** The visitor's saved region this view is for (links keep or override it), or null. */
  savedCode: string | null
  lang: Lang
  idSuffix?: string
}

/** /news for these filters: the list, its filters and pages. Receives everything; reads nothing. */
export function NewsListView({ filters, list, regions, locals, years, savedCode, lang, idSuffix }: NewsListViewProps) {
  const t = messages(lang)
  const region = regions.find((candidate) => candidate.code === filters.region) ?? null
  const href = (changed: Filters) => localizedPath(lang, newsHref(changed, savedCode))
  const first = (list.page - 1) * NEWS_PAGE_SIZE + 1
  const last = first + list.items.length - 1
  const activeTopic = filters.topic ? topicLabel(filters.topic, lang) : null

  return (
    <div className="container">
      <PageHeader title={activeTopic ? t.news.titleWithTopic(activeTopic) : t.news.title} lead={t.news.description}>
        <SubscribeLinks feeds={[{ href: localizedPath(lang, '/news/feed.xml'), label: t.news.feedLink, format: 'RSS' }]} lang={lang} />
      </PageHeader>
      <RegionNotice regionName={region?.name ?? null} showAllHref={href({ ...filters, region: null, page: 1 })} lang={lang} />
      <NewsFilters
        filters={filters}
        regions={regions}
        locals={locals}
        topics={topicOptions(lang)}
        years={years}
        clearHref={href({ region: savedCode, topic: null, local: null, year: null, page: 1 })}
        lang={lang}
        idSuffix={idSuffix}
      />
      <h2 className="visually-hidden">{t.news.resultsHeading}</h2>
      {list.items.length > 0 ? (
        <>
          <p>{t.news.resultCount(formatCount(first, lang), formatCount(last, lang), list.totalDocs, formatCount(list.totalDocs, lang))}</p>
          <FeedList items={list.items} lang={lang} />
          <Pagination page={list.page} totalPages={list.totalPages} hrefFor={(page) => href({ ...filters, page })} lang={lang} label={t.news.newsPagesLabel} />
        </>
      ) : (
        <EmptyState>
          <p>{filters.page > 1 ? t.news.noSuchPage : t.news.noMatches}</p>
          <p>{t.news.tryAnother}</p>
        </EmptyState>
      )}
    </div>
  )
}
