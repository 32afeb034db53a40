import { tags } from '@/lib/cacheTags'
import type { Lang } from '@/lib/i18n/languages'

import { cachedReader } from './cached'
import { announcementItem, announcementTeaserSelect } from './feed'
import { mediaSelect } from './media'
import { payload, publicRead } from './payload'
import { regionSelect } from './relations'
import type { FeedItem } from './types'
import { publishedWhere } from './where'

export type RelatedNewsQuery = { slug: string; topics: string[]; limit: number; lang: Lang }

/** Other announcements sharing a topic, newest first; the latest news when none share one. */
export async function findRelatedNews({ slug, topics, limit, lang }: RelatedNewsQuery): Promise<FeedItem[]> {
  const api = await payload()
  const find = (withTopics: boolean) =>
    api.find({
      collection: 'announcements',
      ...publicRead(lang),
      where: publishedWhere({ slug: { not_equals: slug } }, withTopics ? { topics: { in: topics } } : null),
      select: announcementTeaserSelect,
      sort: '-publishedAt',
      limit,
      depth: 1,
      pagination: false,
      populate: { media: mediaSelect, regions: regionSelect },
    })
  const related = topics.length > 0 ? (await find(true)).docs : []
  const docs = related.length > 0 ? related : (await find(false)).docs
  return docs.map((doc) => announcementItem(doc, lang))
}

export const getRelatedNews = cachedReader('related-news', findRelatedNews, () => [
  tags.announcements,
  tags.media,
  tags.regions,
])
