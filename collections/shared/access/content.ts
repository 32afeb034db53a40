import type { Access, BaseFilter, FieldAccess, PayloadRequest, Where } from 'payload'

import { subsetKeys } from '@/lib/regions/regionKey'
import { memberUser, staffUser } from '@/lib/auth/viewer'

const published: Where = { _status: { equals: 'published' } }

/** Regional staff: only documents whose every region is one of theirs (never coalition-wide ones). */
function ownRegions(req: PayloadRequest, path = 'regionKey'): Where {
  const keys = subsetKeys(staffUser(req)?.regions)
  return keys.length > 0 ? { [path]: { in: keys } } : { id: { equals: -1 } }
}

/** Anyone reads published content; admins and communications read everything; regional staff also their drafts. */
export const readContent: Access = ({ req }) => {
  const user = staffUser(req)
  if (!user) return published
  if (user.role === 'regional') return { or: [published, ownRegions(req)] }
  return true
}

/** Create is open to all staff; the regions field's validation keeps regional staff inside their regions. */
export const createContent: Access = ({ req }) => Boolean(staffUser(req))

/** Update (which includes publish and unpublish) and delete: regional staff only inside their regions. */
export const editContent: Access = ({ req }) => {
  const user = staffUser(req)
  if (!user) return false
  if (user.role === 'regional') return ownRegions(req)
  return true
}

/** Old versions are for staff only; versions keep the document under `version.`. */
export const readVersions: Access = ({ req }) => {
  const user = staffUser(req)
  if (!user) return false
  if (user.role === 'regional') return ownRegions(req, 'version.regionKey')
  return true
}

export const staffOnlyField: FieldAccess = ({ req }) => Boolean(staffUser(req))

/** Who reads what is for members only (bodies, files): staff and signed-in members. */
export const readsMembersOnly = (req: PayloadRequest): boolean => Boolean(staffUser(req) || memberUser(req))

/**
 * The body of a members-only item: staff and signed-in members read it; everyone else still sees the
 * item (title, summary) so the site can show it with a lock, but not this field. `doc` holds only the
 * selected fields, so contentCollection force-selects `audience`, and an unknown audience stays closed.
 */
export const membersOnlyBody: FieldAccess = ({ req, doc }) => {
  if (readsMembersOnly(req)) return true
  return (doc as { audience?: string } | undefined)?.audience === 'public'
}

export const contentAccess = {
  create: createContent,
  read: readContent,
  readVersions,
  update: editContent,
  delete: editContent,
}

/** The admin list a regional editor sees by default: their regions' items, drafts included. */
export const regionalListFilter: BaseFilter = ({ req }) =>
  staffUser(req)?.role === 'regional' ? ownRegions(req) : null
