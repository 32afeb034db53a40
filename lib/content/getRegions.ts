import { tags } from '@/lib/cacheTags'

import { cachedValue } from './cached'
import { payload } from './payload'
import type { Region } from './types'

export async function findRegions(): Promise<Region[]> {
  const { docs } = await (await payload()).find({
    collection: 'regions',
    depth: 0,
    limit: 100,
    pagination: false,
    sort: 'name',
    select: { name: true, code: true, states: true },
    overrideAccess: false,
  })
  return docs.map((region) => ({ id: region.id, code: region.code, name: region.name, states: region.states ?? [] }))
}

export const getRegions = cachedValue('regions', findRegions, [tags.regions])

/** The region with this code, or null for an unknown or missing code. */
export async function getRegionByCode(code: string | null | undefined): Promise<Region | null> {
  if (!code) return null
  return (await getRegions()).find((region) => region.code === code) ?? null
}
