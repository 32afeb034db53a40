import type { Payload } from 'payload'

import { ACTIVITY_ACTIONS, STAFF_COLLECTION } from '@/lib/activity/actions'
import type { User } from '@/payload-types'

import { fieldText } from './fields'
import type { DashboardItem, ItemList } from './types'

/**
 * Recent changes to staff accounts (created, role or regions changed, deleted), newest first, from
 * the activity log. Read as the viewer: the log's own rule gives these entries to admins only.
 */
export async function staffChanges(payload: Payload, user: User, limit = 8): Promise<ItemList> {
  const { docs, totalDocs } = await payload.find({
    collection: 'activity',
    where: { collectionSlug: { equals: STAFF_COLLECTION } },
    sort: '-at',
    limit,
    depth: 0,
    overrideAccess: false,
    user,
  })
  const admin = payload.config.routes.admin
  const items = docs.map((entry): DashboardItem => {
    const summary = fieldText(entry.summary)
    return {
      key: `activity-${entry.id}`,
      title: fieldText(entry.documentTitle) ?? `Staff #${entry.documentId}`,
      collectionLabel: 'Staff',
      // A deleted account has no page any more; its activity entry keeps what happened.
      link: entry.action === 'deleted' ? `${admin}/collections/activity/${entry.id}` : `${admin}/collections/${STAFF_COLLECTION}/${entry.documentId}`,
      regions: [],
      when: entry.at,
      detail: `${ACTIVITY_ACTIONS[entry.action]} by ${entry.actor}${summary ? `: ${summary}` : ''}`,
    }
  })
  return { total: totalDocs, items }
}
