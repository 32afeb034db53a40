import { tags } from '@/lib/cacheTags'

import { cachedReader } from './cached'
import { payload } from './payload'
import type { LocalTag } from './types'

export async function findLocals(): Promise<LocalTag[]> {
  const { docs } = await (await payload()).find({
    collection: 'locals',
    depth: 0,
    limit: 200,
    pagination: false,
    sort: 'shortName',
    select: { shortName: true },
    overrideAccess: false,
  })
  return docs.map((local) => ({ id: local.id, shortName: local.shortName }))
}

const read = cachedReader('locals', findLocals, () => [tags.locals])

export const getLocals = () => read(null)
