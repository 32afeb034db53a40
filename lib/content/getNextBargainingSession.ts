import { tags } from '@/lib/cacheTags'
import type { Lang } from '@/lib/i18n/languages'

import { bargainingSessionSelect, pickNextSession, toSession } from './bargaining'
import { cachedReader } from './cached'
import { payload, publicRead } from './payload'
import type { NextSession } from './types'
import { publishedWhere, regionScope } from './where'

export type NextSessionQuery = { regionId: number | null; today: string; lang: Lang }

/** The earliest announced bargaining session from `today` (YYYY-MM-DD, part of the cache key) on. */
export async function findNextBargainingSession({ regionId, today, lang }: NextSessionQuery): Promise<NextSession | null> {
  const { docs } = await (await payload()).find({
    collection: 'bargaining-updates',
    ...publicRead(lang),
    where: publishedWhere(regionScope(regionId), { nextSessionStart: { greater_than_equal: `${today}T00:00:00.000Z` } }),
    select: bargainingSessionSelect,
    sort: 'nextSessionStart',
    limit: 1,
    depth: 0,
    pagination: false,
  })
  return pickNextSession(docs.map((doc) => toSession(doc, lang)), today)
}

export const getNextBargainingSession = cachedReader('next-bargaining-session', findNextBargainingSession, () => [
  tags.bargainingUpdates,
])
