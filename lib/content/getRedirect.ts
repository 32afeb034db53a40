import { tags } from '@/lib/cacheTags'

import { cachedReader } from './cached'
import { contentHref } from './links'
import { payload } from './payload'

const KIND = { announcements: 'announcement', 'bargaining-updates': 'bargaining', campaigns: 'campaign', pages: 'page' } as const

/** `/2023/07/slug/` and `/2023/07/slug` are one address (Next drops the trailing slash before we see it). */
export function addressVariants(path: string): string[] {
  const bare = path.length > 1 ? path.replace(/\/+$/, '') : path
  return bare.includes('?') ? [bare] : [bare, `${bare}/`]
}

/**
 * Where an old address (a WordPress permalink or `/?p=123`) now lives, or null. Redirects are staff-only
 * in the API, so this reads them as the system and returns only the public path of the target; a
 * target that is a draft still 404s for visitors there.
 */
async function findRedirect(path: string): Promise<string | null> {
  const { docs } = await (await payload()).find({
    collection: 'redirects',
    where: { from: { in: addressVariants(path) } },
    depth: 1,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    populate: { announcements: { slug: true }, 'bargaining-updates': { slug: true }, campaigns: { slug: true }, pages: { slug: true } },
  })
  const to = docs[0]?.to
  if (!to) return null
  if (to.type === 'custom') return to.url?.startsWith('/') && !to.url.startsWith('//') ? to.url : null
  const reference = to.reference
  const slug = reference && typeof reference.value === 'object' ? reference.value.slug : null
  return reference && slug ? contentHref(KIND[reference.relationTo], slug) : null
}

export const getRedirect = cachedReader('redirect', findRedirect, () => [tags.redirects])
