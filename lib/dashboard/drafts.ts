import type { Payload } from 'payload'

import { regionsById } from '@/lib/editorial/calendar'
import { calendarCollections } from '@/lib/editorial/calendarCollections'
import { staffNames } from '@/lib/editorial/staffNames'
import { regionIds } from '@/lib/regions/regionKey'
import { staffScope } from '@/lib/regions/staffScope'
import { anyRelationId } from '@/lib/relationId'
import type { User } from '@/payload-types'

import { fieldText } from './fields'
import type { DashboardItem, ItemList } from './types'

/**
 * Drafts the viewer may work on: items whose latest version is not live (never published, or with
 * unpublished changes), newest edit first, across every content collection. Read as the viewer, so
 * Payload's access rules decide; regional staff get their regions' items only.
 */
export async function regionDrafts(payload: Payload, user: User, limit = 8): Promise<ItemList> {
  const collections = calendarCollections(payload)
  const found = await Promise.all(
    collections.map(async (collection) => {
      const { docs, totalDocs } = await payload.find({
        collection: collection.slug,
        where: { and: [{ _status: { equals: 'draft' } }, ...staffScope(user)] },
        select: { [collection.titleField]: true, regions: true, updatedAt: true, updatedBy: true },
        draft: true,
        sort: '-updatedAt',
        limit,
        depth: 0,
        overrideAccess: false,
        user,
      })
      return { collection, docs, totalDocs }
    }),
  )
  // Whichever collection it came from: each field is unknown until checked.
  const asFields = (doc: object): Record<string, unknown> => ({ ...doc })
  const rows = found.flatMap(({ collection, docs }) => docs.map((doc) => ({ collection, doc: asFields(doc) })))
  const [regions, names] = await Promise.all([regionsById(payload), staffNames(payload, rows.flatMap(({ doc }) => anyRelationId(doc.updatedBy) ?? []))])
  const admin = payload.config.routes.admin
  const items = rows
    .map(({ collection, doc }): DashboardItem => {
      const editor = anyRelationId(doc.updatedBy)
      return {
        key: `${collection.slug}-${String(doc.id)}`,
        title: fieldText(doc[collection.titleField]) ?? `#${String(doc.id)}`,
        collectionLabel: collection.label,
        link: `${admin}/collections/${collection.slug}/${String(doc.id)}`,
        regions: regionIds(Array.isArray(doc.regions) ? doc.regions : []).flatMap((id) => regions.get(id)?.name ?? []),
        when: fieldText(doc.updatedAt),
        detail: editor != null && names.has(editor) ? `Last edited by ${names.get(editor)}` : null,
      }
    })
    .sort((a, b) => (b.when ?? '').localeCompare(a.when ?? ''))
    .slice(0, limit)
  return { total: found.reduce((sum, { totalDocs }) => sum + totalDocs, 0), items }
}
