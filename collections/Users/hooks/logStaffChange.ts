import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { STAFF_COLLECTION } from '@/lib/activity/actions'
import { recordActivity } from '@/lib/activity/recordActivity'
import { ROLE_LABELS, type StaffRole } from '@/lib/auth/roles'
import { regionIds } from '@/lib/regions/regionKey'
import type { User } from '@/payload-types'

const roleLabel = (role: StaffRole | null | undefined) => (role ? ROLE_LABELS[role] : 'none')

/** Region names for a summary ("Northern California, Southern California"); ids when a region is gone. */
async function regionNames(req: PayloadRequest, ids: number[]): Promise<string> {
  if (ids.length === 0) return 'none'
  const { docs } = await req.payload.find({ collection: 'regions', where: { id: { in: ids } }, depth: 0, limit: ids.length, overrideAccess: true, req })
  const names = new Map(docs.map((region) => [region.id, region.name]))
  return ids.map((id) => names.get(id) ?? `#${id}`).join(', ')
}

const base = (user: User) => ({ collection: STAFF_COLLECTION, documentId: user.id, documentTitle: user.name || user.email })

/** A staff account's role or regions: who may publish where. Other account edits are not logged. */
export const logStaffChange: CollectionAfterChangeHook<User> = async ({ context, doc, operation, previousDoc, req }) => {
  if (context.disableActivityLog) return doc
  const regions = regionIds(doc.regions)
  if (operation === 'create') {
    const where = doc.role === 'regional' ? ` for ${await regionNames(req, regions)}` : ''
    await recordActivity(req, { ...base(doc), action: 'created', summary: `New staff account: ${roleLabel(doc.role)}${where}` })
    return doc
  }
  if (doc.role !== previousDoc?.role) {
    await recordActivity(req, { ...base(doc), action: 'role_changed', summary: `Role: ${roleLabel(previousDoc?.role)} → ${roleLabel(doc.role)}`, changedFields: ['role'] })
  }
  const before = regionIds(previousDoc?.regions)
  if (before.join(',') !== regions.join(',')) {
    await recordActivity(req, {
      ...base(doc),
      action: 'regions_changed',
      summary: `Regions: ${await regionNames(req, before)} → ${await regionNames(req, regions)}`,
      changedFields: ['regions'],
    })
  }
  return doc
}

export const logStaffDelete: CollectionAfterDeleteHook<User> = async ({ context, doc, req }) => {
  if (!context.disableActivityLog) await recordActivity(req, { ...base(doc), action: 'deleted', summary: `Staff account removed (${roleLabel(doc.role)})` })
  return doc
}
