import { tags } from '@/lib/cacheTags'
import type { Lang } from '@/lib/i18n/languages'

import { cachedValue } from './cached'
import { safeHref } from './links'
import { payload } from './payload'
import type { LocalUnion } from './types'

export async function findLocals(lang: Lang): Promise<LocalUnion[]> {
  const { docs } = await (await payload()).find({
    collection: 'locals',
    depth: 0,
    limit: 200,
    pagination: false,
    sort: 'shortName',
    select: { shortName: true, name: true, affiliation: true, website: true, regions: true },
    overrideAccess: false,
    locale: lang,
    fallbackLocale: 'en',
  })
  return docs.map((local) => ({
    id: local.id,
    shortName: local.shortName,
    name: local.name,
    affiliation: local.affiliation ?? null,
    website: safeHref(local.website),
    regionIds: (local.regions ?? []).map((region) => (typeof region === 'object' ? region.id : region)),
  }))
}

export const getLocals = cachedValue('locals', findLocals, [tags.locals])
