import { isWithin, type RegionRef } from '@/lib/regions/regionKey'

import type { StaffRole } from './roles'

export type StaffLike = { role?: StaffRole | null; regions?: readonly RegionRef[] | null }

/** The rule behind editContent, for places that hold a document rather than a query. */
export function canEditRegions(user: StaffLike | null | undefined, docRegions: readonly RegionRef[] | null | undefined) {
  if (!user?.role) return false
  if (user.role === 'regional') return isWithin(docRegions, user.regions)
  return true
}
