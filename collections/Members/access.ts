import type { Access } from 'payload'
import { memberUser, staffUser } from '@/lib/auth/viewer'

/** Admins manage every member; a member only their own record; other staff and visitors nobody. */
export const adminOrSelf: Access = ({ req }) => {
  if (staffUser(req)?.role === 'admin') return true
  const member = memberUser(req)
  return member ? { id: { equals: member.id } } : false
}
