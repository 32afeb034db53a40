import { tags } from '@/lib/cacheTags'
import type { Lang } from '@/lib/i18n/languages'

import { cachedValue } from './cached'
import { payload } from './payload'
import type { Region } from './types'

export async function findRegions(lang: Lang): Promise<Region[]> {
  const { docs } = await (await payload()).find({
    collection: 'regions',
    depth: 0,
    limit: 100,
    pagination: false,
    sort: 'name',
    select: { name: true, code: true, states: true },
    overrideAccess: false,
    locale: lang,
    fallbackLocale: 'en',
  })
  return docs.map((region) => ({ id: region.id, code: region.code, name: region.name, states: region.states ?? [] }))
}

export const getRegions = cachedValue('regions', findRegions, [tags.regions])

/** The region with this code, or null for an unknown or missing code. */
export async function getRegionByCode(code: string | null | undefined, lang: Lang): Promise<Region | null> {
  if (!code) return null
  return (await getRegions(lang)).find((region) => region.code === code) ?? null
}
