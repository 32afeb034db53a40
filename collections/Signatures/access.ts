import type { Access, Where } from 'payload'

import { regionIds } from '@/lib/regions/regionKey'
import { memberUser, staffUser } from '@/lib/auth/viewer'

/** Signatures are personal data: admins and communications see all, regional staff their regions', a member their own. */
export const readSignatures: Access = ({ req }) => {
  const staff = staffUser(req)
  if (staff?.role === 'regional') {
    const ids = regionIds(staff.regions)
    const own: Where = { region: { in: ids } }
    return ids.length > 0 ? own : false
  }
  if (staff) return true
  const member = memberUser(req)
  const mine: Where = { member: { equals: member?.id } }
  return member ? mine : false
}
