import { tags } from '@/lib/cacheTags'

import { bargainingSessionSelect, pickNextSession, toSession } from './bargaining'
import { cachedReader } from './cached'
import { payload, publicRead } from './payload'
import type { NextSession } from './types'
import { publishedWhere, regionScope } from './where'

export type NextSessionQuery = { regionId: number | null; today: string }

/** The earliest announced bargaining session from `today` (YYYY-MM-DD, part of the cache key) on. */
export async function findNextBargainingSession({ regionId, today }: NextSessionQuery): Promise<NextSession | null> {
  const { docs } = await (await payload()).find({
    collection: 'bargaining-updates',
    ...publicRead,
    where: publishedWhere(regionScope(regionId), { nextSessionStart: { greater_than_equal: `${today}T00:00:00.000Z` } }),
    select: bargainingSessionSelect,
    sort: 'nextSessionStart',
    limit: 1,
    depth: 0,
    pagination: false,
  })
  return pickNextSession(docs.map(toSession), today)
}

export const getNextBargainingSession = cachedReader('next-bargaining-session', findNextBargainingSession, () => [
  tags.bargainingUpdates,
])
