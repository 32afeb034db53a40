import type { Access, FieldAccess, Where } from 'payload'

import { regionIds } from '@/lib/regions/regionKey'
import { relationId } from '@/lib/relationId'
import { memberUser, staffUser } from '@/lib/auth/viewer'

const approved: Where = { status: { equals: 'approved' } }

/** Everyone reads approved stories; a member also their own, whatever the status; staff moderate (regional: their regions). */
export const readStories: Access = ({ req }) => {
  const staff = staffUser(req)
  if (staff?.role === 'regional') return { or: [approved, { region: { in: regionIds(staff.regions) } }] }
  if (staff) return true
  const member = memberUser(req)
  return member ? { or: [approved, { submitter: { equals: member.id } }] } : approved
}

export const moderateStories: Access = ({ req }) => {
  const staff = staffUser(req)
  if (staff?.role === 'regional') return { region: { in: regionIds(staff.regions) } }
  return Boolean(staff)
}

const submitterId = (doc: unknown) => relationId((doc as { submitter?: number | { id: number } | null } | undefined)?.submitter)

/** Staff and the story's own submitter. */
export const staffOrSubmitter: FieldAccess = ({ req, doc }) =>
  Boolean(staffUser(req)) || (memberUser(req)?.id !== undefined && memberUser(req)?.id === submitterId(doc))

/** The byline shows publicly unless the submitter asked to be anonymous. */
export const bylineRead: FieldAccess = (args) =>
  staffOrSubmitter(args) || (args.doc as { anonymous?: boolean } | undefined)?.anonymous === false
