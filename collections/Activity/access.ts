import type { Access, Where } from 'payload'

import { staffUser } from '@/lib/auth/viewer'
import { STAFF_COLLECTION } from '@/lib/activity/actions'
import { subsetKeys } from '@/lib/regions/regionKey'

const notStaffAccounts: Where = { collectionSlug: { not_equals: STAFF_COLLECTION } }

/**
 * Admins read the whole log. Communications staff answer for all content, so they read every
 * content entry, but not changes to staff accounts (an admin matter). Regional staff read the
 * entries whose every region is theirs, as with drafts (collections/shared/access/content.ts).
 */
export const readActivity: Access = ({ req }) => {
  const user = staffUser(req)
  if (!user) return false
  if (user.role === 'admin') return true
  if (user.role === 'communications') return notStaffAccounts
  const keys = subsetKeys(user.regions)
  if (keys.length === 0) return false
  return { and: [notStaffAccounts, { regionKey: { in: keys } }] }
}

/** Append-only: only the hooks write (lib/activity/recordActivity.ts, with overrideAccess). */
export const nobody: Access = () => false
