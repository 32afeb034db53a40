import type { PayloadRequest } from 'payload'

import type { Member } from '@/payload-types'

/** The signed-in member, or null for staff and anonymous visitors. */
export function memberUser(req: PayloadRequest): Member | null {
  const user = req.user
  return user && user.collection === 'members' ? (user as Member) : null
}
