import type { Where } from 'payload'

import { tags } from '@/lib/cacheTags'
import type { Lang } from '@/lib/i18n/languages'

import { cachedReader } from './cached'
import { announcementItem, announcementTeaserSelect } from './feed'
import { publishedYear, startOfYearInSiteZone } from './format'
import { mediaSelect } from './media'
import { NEWS_PAGE_SIZE } from './newsFilters'
import { payload, publicRead } from './payload'
import { regionSelect } from './relations'
import type { FeedItem } from './types'
import { publishedWhere, regionScope } from './where'


export type NewsListQuery = {
  regionId: number | null
  topic: string | null
  localId: number | null
  year: number | null
  page: number
  lang: Lang
}

export type NewsList = { items: FeedItem[]; page: number; totalPages: number; totalDocs: number }

function yearClause(year: number | null): Where | null {
  return year ? { publishedAt: { greater_than_equal: startOfYearInSiteZone(year), less_than: startOfYearInSiteZone(year + 1) } } : null
}

export async function findNewsList({ regionId, topic, localId, year, page, lang }: NewsListQuery): Promise<NewsList> {
  const result = await (await payload()).find({
    collection: 'announcements',
    ...publicRead(lang),
    where: publishedWhere(
      regionScope(regionId),
      topic ? { topics: { in: [topic] } } : null,
      localId ? { locals: { in: [localId] } } : null,
      yearClause(year),
    ),
    select: announcementTeaserSelect,
    sort: '-publishedAt',
    limit: NEWS_PAGE_SIZE,
    page,
    depth: 1,
    populate: { media: mediaSelect, regions: regionSelect },
  })
  return {
    items: result.docs.map((doc) => announcementItem(doc, lang)),
    page: result.page ?? page,
    totalPages: result.totalPages,
    totalDocs: result.totalDocs,
  }
}

export const getNewsList = cachedReader('news-list', findNewsList, () => [
  tags.announcements,
  tags.media,
  tags.regions,
  tags.locals,
])

/** The newest and oldest publish years, for the year filter. */
export async function findNewsYears(): Promise<{ newest: number | null; oldest: number | null }> {
  const api = await payload()
  const edge = (sort: string) =>
    api.find({
      collection: 'announcements',
      ...publicRead('en'),
      where: publishedWhere({ publishedAt: { exists: true } }),
      select: { publishedAt: true },
      sort,
      limit: 1,
      depth: 0,
      pagination: false,
    })
  const [newest, oldest] = await Promise.all([edge('-publishedAt'), edge('publishedAt')])
  return { newest: publishedYear(newest.docs[0]?.publishedAt), oldest: publishedYear(oldest.docs[0]?.publishedAt) }
}

// Years are the same in every language.
const newsYears = cachedReader('news-years', () => findNewsYears(), () => [tags.announcements])
export const getNewsYears = () => newsYears(null)
