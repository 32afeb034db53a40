import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { staffUser } from '@/lib/auth/viewer'

export const isAdmin: Access = ({ req }) => staffUser(req)?.role === 'admin'

/** Communications staff and admins: who speak for the whole coalition (site settings, the e-mail log). */
export const isCommsOrAdmin: Access = ({ req }) => ['admin', 'communications'].includes(staffUser(req)?.role ?? '')

export const isStaff = ({ req }: { req: PayloadRequest }): boolean => Boolean(staffUser(req))

export const isAdminField: FieldAccess = ({ req }) => staffUser(req)?.role === 'admin'

/** Admins manage anyone; other staff may read and edit only their own account. */
export const isAdminOrSelf: Access = ({ req }) => {
  const user = staffUser(req)
  if (!user) return false
  if (user.role === 'admin') return true
  return { id: { equals: user.id } }
}
