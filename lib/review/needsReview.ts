import type { PayloadRequest } from 'payload'

import { regionIds, type RegionRef } from '@/lib/regions/regionKey'
import type { User } from '@/payload-types'

/** The ids among `regions` that an admin marked trusted (their staff publish without review). */
export async function trustedRegionIds(req: PayloadRequest, regions: readonly RegionRef[] | null | undefined): Promise<number[]> {
  const ids = regionIds(regions)
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'regions',
    where: { and: [{ id: { in: ids } }, { trusted: { equals: true } }] },
    select: { code: true },
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => doc.id)
}

/**
 * Whether this staff member's publish of an item in `regions` must go through review: regional staff,
 * unless every region of the item is trusted. Communications and admins never need it.
 */
export async function needsReview(req: PayloadRequest, user: Pick<User, 'role'> | null, regions: readonly RegionRef[] | null | undefined): Promise<boolean> {
  if (user?.role !== 'regional') return false
  const ids = regionIds(regions)
  if (ids.length === 0) return true
  return (await trustedRegionIds(req, ids)).length < ids.length
}

export const REVIEW_REQUIRED = 'Items of your region go live after review: use “Submit for review” (communications staff approve it).'
