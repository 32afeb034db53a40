import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { isWithin } from '@/lib/regions/regionKey'
import { staffUser } from '@/lib/auth/viewer'
import type { UnknownDoc } from '../unknownDoc'

/**
 * Regional staff may only file content under their own regions. A hook rather than field validation,
 * because draft saves (autosave included) skip validation and must be held to the same rule.
 */
export const keepRegionalInScope: CollectionBeforeChangeHook<UnknownDoc> = ({ collection, data, originalDoc, req }) => {
  const user = staffUser(req)
  if (user?.role !== 'regional') return data
  const regions = (data.regions ?? originalDoc?.regions) as number[] | undefined
  if (!isWithin(regions, user.regions)) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'regions', message: 'Regional staff must choose at least one region, and only their own regions.' }],
      req,
    })
  }
  return data
}
