import type { Lang } from '@/lib/i18n/languages'

import { todayIsoDay } from './format'
import { getActiveCampaigns } from './getCampaigns'
import { getNextBargainingSession } from './getNextBargainingSession'
import { getFeaturedItem, getWhatsNew } from './getWhatsNew'
import type { CampaignCard, FeedItem, NextSession } from './types'

const FEED_LENGTH = 8

export type HomeContent = { lead: FeedItem | null; feed: FeedItem[]; campaigns: CampaignCard[]; nextSession: NextSession | null }

/** What the home page shows for one region (+ coalition-wide items), or for every region (null); each part cached by tag. */
export async function getHome(regionId: number | null, lang: Lang): Promise<HomeContent> {
  const [featured, latest, campaigns, nextSession] = await Promise.all([
    getFeaturedItem({ regionId, lang }),
    getWhatsNew({ regionId, limit: FEED_LENGTH + 1, lang }),
    getActiveCampaigns(regionId, lang),
    getNextBargainingSession({ regionId, today: todayIsoDay(), lang }),
  ])
  const lead = featured ?? latest[0] ?? null
  const feed = latest.filter((item) => item.key !== lead?.key).slice(0, FEED_LENGTH)
  return { lead, feed, campaigns, nextSession }
}
