import type { Where } from 'payload'
import { cache } from 'react'

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
import { publishedWhere } from './where'

export const SEARCH_MAX_LENGTH = 100

/** Placeholder search until full-text search lands: titles and summaries containing the words. */
export const searchContent = cache(async (query: string, limit = 30): Promise<FeedItem[]> => {
  const words = query.trim().slice(0, SEARCH_MAX_LENGTH).split(/\s+/).filter(Boolean).slice(0, 8)
  if (words.length === 0) return []
  const api = await payload()
  const common = {
    ...publicRead,
    // Every word must appear in the title or the summary.
    where: publishedWhere(...words.map((word): Where => ({ or: [{ title: { like: word } }, { summary: { like: word } }] }))),
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
    [announcements.docs.map(announcementItem), bargaining.docs.map(bargainingItem), campaigns.docs.map(campaignItem)],
    limit,
  )
})
