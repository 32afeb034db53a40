import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import type { Media } from '@/payload-types'

import { readItemUsage, type UsageRules } from './itemUsage'
import { lockMediaRows } from './transaction'
import { type MediaUsage, usageKey } from './visibility'

type UsageRow = NonNullable<Media['usedBy']>[number]

type Comparable = { key?: string | null; collection?: string | null; item?: number | null; title?: string | null; reach?: string | null }

const comparable = (rows: Comparable[]) =>
  JSON.stringify(rows.map(({ key, collection, item, title, reach }) => [key, collection, item, title, reach]))

/** Rows sorted by item, so the stored order is stable and "nothing changed" is a plain comparison. */
export function withItemUsage(rows: UsageRow[] | null | undefined, key: string, usage: MediaUsage | undefined): UsageRow[] {
  const others = (rows ?? []).filter((row) => row.key !== key)
  return [...others, ...(usage ? [usage] : [])].sort((a, b) => String(a.key).localeCompare(String(b.key)))
}

/**
 * After an item changed or was deleted: rewrites the `usedBy` row of this item on every file it uses now
 * or used before, inside the item's transaction (`req`). The media collection's own hook then computes
 * each file's visibility from its rows, so one rule decides it whichever way it changed.
 */
export async function syncItemMediaUsage(req: PayloadRequest, collection: SanitizedCollectionConfig, id: number | string, rules: UsageRules): Promise<void> {
  const key = usageKey(collection.slug, id)
  const usage = await readItemUsage(req, collection, id, rules)
  const before = await req.payload.find({
    collection: 'media',
    where: { 'usedBy.key': { equals: key } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: {},
  })
  const ids = [...new Set([...before.docs.map((doc) => doc.id), ...usage.keys()])]
  if (ids.length === 0) return
  await lockMediaRows(req, ids)
  // Read under the lock: a concurrent change to these files has committed by now.
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { usedBy: true },
  })
  for (const doc of docs) {
    const next = withItemUsage(doc.usedBy, key, usage.get(doc.id))
    if (comparable(next) === comparable(doc.usedBy ?? [])) continue
    await req.payload.update({ collection: 'media', id: doc.id, data: { usedBy: next }, overrideAccess: true, depth: 0, req })
  }
}
