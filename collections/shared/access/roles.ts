import type { Access, FieldAccess, PayloadRequest } from 'payload'

import type { User } from '@/payload-types'

export function staffUser(req: PayloadRequest): User | null {
  const user = req.user
  return user && user.collection === 'users' ? user : null
}

export const isAdmin: Access = ({ req }) => staffUser(req)?.role === 'admin'

export const isStaff = ({ req }: { req: PayloadRequest }): boolean => Boolean(staffUser(req))

export const isAdminField: FieldAccess = ({ req }) => staffUser(req)?.role === 'admin'

/** Admins manage anyone; other staff may read and edit only their own account. */
export const isAdminOrSelf: Access = ({ req }) => {
  const user = staffUser(req)
  if (!user) return false
  if (user.role === 'admin') return true
  return { id: { equals: user.id } }
}
