import { tags } from '@/lib/cacheTags'
import type { Lang } from '@/lib/i18n/languages'

import { bargainingSessionSelect, toSession } from './bargaining'
import { cachedValue } from './cached'
import { payload, publicRead } from './payload'
import type { BargainingSession } from './types'
import { publishedWhere } from './where'

/** Every published bargaining update (a few per table each cycle), newest first. */
export async function findBargainingSessions(lang: Lang): Promise<BargainingSession[]> {
  const { docs } = await (await payload()).find({
    collection: 'bargaining-updates',
    ...publicRead(lang),
    where: publishedWhere(),
    select: bargainingSessionSelect,
    sort: '-publishedAt',
    limit: 500,
    depth: 0,
    pagination: false,
  })
  return docs.map((doc) => toSession(doc, lang))
}

export const getBargainingSessions = cachedValue('bargaining-sessions', findBargainingSessions, [tags.bargainingUpdates])
