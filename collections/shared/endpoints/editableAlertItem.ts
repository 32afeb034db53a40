import { combineQueries, executeAccess, type AccessResult, type PayloadRequest } from 'payload'

import { staffUser } from '@/lib/auth/viewer'
import type { AlertCollection } from '@/lib/email/delivery/states'
import { ApiError } from '@/lib/http/errors'
import { alertItemParams } from '@/lib/schemas/alertAdmin'
import type { User } from '@/payload-types'

/** Whether an access result allows this item: a query must match its row (as Payload checks an update). */
async function holdsFor(req: PayloadRequest, collection: AlertCollection, id: number, access: AccessResult): Promise<boolean> {
  if (typeof access === 'boolean') return access
  const { totalDocs } = await req.payload.count({ collection, where: combineQueries({ id: { equals: id } }, access), overrideAccess: true, req })
  return totalDocs > 0
}

export type EditableAlertItem = { collection: AlertCollection; id: number; staff: User }

/**
 * The item behind /api/<collection>/:id/alert…, for a staff member who may edit it: their read access
 * (drafts included) finds it, else 404; then the collection's own update access, checked the way
 * Payload's update does (on the item's row), else 403: a regional editor acts only inside their regions.
 */
export async function editableAlertItem(req: PayloadRequest): Promise<EditableAlertItem> {
  if (!req.user) throw new ApiError('unauthorized', 'Sign in to the admin to see an item’s e-mail alert.')
  const staff = staffUser(req)
  if (!staff) throw new ApiError('forbidden', 'Only staff can see an item’s e-mail alert.')
  const parsed = alertItemParams.safeParse(req.routeParams)
  if (!parsed.success) {
    throw new ApiError('invalid', 'The address needs the item’s id, e.g. /api/announcements/12/alert.', { fields: { id: 'Must be the item’s id, a positive whole number' } })
  }
  const { collection, id } = parsed.data
  const { docs } = await req.payload.find({ collection, where: { id: { equals: id } }, overrideAccess: false, user: staff, draft: true, depth: 0, limit: 1, pagination: false, select: { slug: true }, req })
  if (docs.length === 0) throw new ApiError('not-found', 'No such item, or not one you can read.')
  const update = await executeAccess({ id, req, disableErrors: true }, req.payload.collections[collection].config.access.update)
  if (!(await holdsFor(req, collection, id, update))) throw new ApiError('forbidden', 'You can only act on items you may edit (regional staff: items of your own regions).')
  return { collection, id, staff }
}
