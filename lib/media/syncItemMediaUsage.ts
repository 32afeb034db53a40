import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { readItemUsage, type UsageRules } from './itemUsage'
import { lockMediaRows } from './transaction'
import { type MediaUsage, usageKey } from './visibility'
import { readStoredMedia, type UsageRow, writeMediaUsage } from './writeMediaUsage'

type Comparable = { key?: string | null; collection?: string | null; item?: number | null; title?: string | null; reach?: string | null }

const comparable = (rows: Comparable[]) =>
  JSON.stringify(rows.map(({ key, collection, item, title, reach }) => [key, collection, item, title, reach]))

/** Rows sorted by item, so the stored order is stable and "nothing changed" is a plain comparison. */
function withItemUsage(rows: UsageRow[] | null | undefined, key: string, usage: MediaUsage | undefined): UsageRow[] {
  const others = (rows ?? []).filter((row) => row.key !== key)
  return [...others, ...(usage ? [usage] : [])].sort((a, b) => String(a.key).localeCompare(String(b.key)))
}

/**
 * After an item changed or was deleted: rewrites the `usedBy` row of this item on every file it uses now
 * or used before, and so each file's visibility, inside the item's transaction (`req`).
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
  for (const id of ids) {
    // Read under the lock: a concurrent change to this file has committed by now.
    const stored = await readStoredMedia(req, id)
    if (!stored) continue
    const next = withItemUsage(stored.usedBy, key, usage.get(id))
    if (comparable(next) === comparable(stored.usedBy ?? [])) continue
    await writeMediaUsage(req, stored, next)
  }
}
