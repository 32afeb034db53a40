import { tags } from '@/lib/cacheTags'
import type { Lang } from '@/lib/i18n/languages'

import { cachedReader } from './cached'
import {
  announcementItem,
  announcementTeaserSelect,
  bargainingItem,
  bargainingTeaserSelect,
  campaignItem,
  campaignTeaserSelect,
  mergeNewestFirst,
} from './feed'
import { mediaSelect } from './media'
import { payload, publicRead } from './payload'
import { regionSelect } from './relations'
import type { FeedItem } from './types'
import { publishedWhere, regionScope } from './where'

export type WhatsNewQuery = { regionId: number | null; limit: number; lang: Lang }

/** Announcements, bargaining updates and campaigns, newest first, for one region (+ coalition-wide) or all. */
export async function findWhatsNew({ regionId, limit, lang }: WhatsNewQuery): Promise<FeedItem[]> {
  const api = await payload()
  const common = {
    ...publicRead(lang),
    where: publishedWhere(regionScope(regionId)),
    sort: '-publishedAt',
    limit,
    depth: 1,
    pagination: false,
    populate: { media: mediaSelect, regions: regionSelect },
  } as const
  const [announcements, bargaining, campaigns] = await Promise.all([
    api.find({ collection: 'announcements', select: announcementTeaserSelect, ...common }),
    api.find({ collection: 'bargaining-updates', select: bargainingTeaserSelect, ...common }),
    api.find({ collection: 'campaigns', select: campaignTeaserSelect, ...common }),
  ])
  return mergeNewestFirst(
    [
      announcements.docs.map((doc) => announcementItem(doc, lang)),
      bargaining.docs.map((doc) => bargainingItem(doc, lang)),
      campaigns.docs.map((doc) => campaignItem(doc, lang)),
    ],
    limit,
  )
}

export const getWhatsNew = cachedReader('whats-new', findWhatsNew, () => [
  tags.announcements,
  tags.bargainingUpdates,
  tags.campaigns,
  tags.media,
  tags.regions,
])

export type FeaturedQuery = { regionId: number | null; lang: Lang }

/** The newest announcement or campaign marked "featured" for this region, if any. */
export async function findFeaturedItem({ regionId, lang }: FeaturedQuery): Promise<FeedItem | null> {
  const api = await payload()
  const common = {
    ...publicRead(lang),
    where: publishedWhere(regionScope(regionId), { featured: { equals: true } }),
    sort: '-publishedAt',
    limit: 1,
    depth: 1,
    pagination: false,
    populate: { media: mediaSelect, regions: regionSelect },
  } as const
  const [announcements, campaigns] = await Promise.all([
    api.find({ collection: 'announcements', select: announcementTeaserSelect, ...common }),
    api.find({ collection: 'campaigns', select: campaignTeaserSelect, ...common }),
  ])
  const items = [announcements.docs.map((doc) => announcementItem(doc, lang)), campaigns.docs.map((doc) => campaignItem(doc, lang))]
  return mergeNewestFirst(items, 1)[0] ?? null
}

export const getFeaturedItem = cachedReader('featured-item', findFeaturedItem, () => [
  tags.announcements,
  tags.campaigns,
  tags.media,
  tags.regions,
])
