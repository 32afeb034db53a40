import type { Where } from 'payload'

import type { User } from '@/payload-types'

import { subsetKeys } from './regionKey'

/**
 * Regional staff see their regions' items only, not coalition-wide ones: the rule behind editContent
 * (collections/shared/access/content.ts), as query terms for the desk's views (calendar, dashboard).
 * Reads still run as the viewer; this narrows published items, which everyone may read.
 */
export function staffScope(user: User): Where[] {
  if (user.role !== 'regional') return []
  const keys = subsetKeys(user.regions)
  return [keys.length > 0 ? { regionKey: { in: keys } } : { id: { equals: -1 } }]
}
