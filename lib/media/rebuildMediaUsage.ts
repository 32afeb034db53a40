import path from 'node:path'

import type { CollectionSlug, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { readItemUsage, type UsageRules } from './itemUsage'
import { hideOptimizedCopies, mediaFilePaths } from './optimizedImages'
import { type MediaUsage, mediaVisibility } from './visibility'

const PAGE = 200

/**
 * Recomputes every file's `usedBy` rows and visibility from every item of `sources` (the backfill of
 * the migration that introduced them; safe to run again). Files that end up members-only also leave
 * the image optimiser's cache, since they were public until now.
 */
export async function rebuildMediaUsage(req: PayloadRequest, sources: SanitizedCollectionConfig[], rules: UsageRules) {
  const usage = new Map<number, MediaUsage[]>()
  for (const collection of sources) {
    for (let page = 1; ; page += 1) {
      const { docs, hasNextPage } = await req.payload.find({
        collection: collection.slug as CollectionSlug,
        select: {},
        depth: 0,
        limit: PAGE,
        page,
        sort: 'id',
        overrideAccess: true,
        req,
      })
      for (const { id } of docs) {
        for (const [media, row] of await readItemUsage(req, collection, id, rules)) usage.set(media, [...(usage.get(media) ?? []), row])
      }
      if (!hasNextPage) break
    }
  }

  const staticDir = path.resolve(req.payload.collections.media.config.upload.staticDir ?? 'media')
  const counts = { public: 0, members: 0 }
  const { docs } = await req.payload.find({ collection: 'media', depth: 0, pagination: false, overrideAccess: true, req })
  for (const doc of docs) {
    const usedBy = (usage.get(doc.id) ?? []).sort((a, b) => a.key.localeCompare(b.key))
    const visibility = mediaVisibility({ membersOnly: doc.membersOnly, usedBy })
    counts[visibility] += 1
    await req.payload.update({ collection: 'media', id: doc.id, data: { usedBy }, overrideAccess: true, depth: 0, req, context: { disableRevalidate: true } })
    if (visibility === 'members') await hideOptimizedCopies(req, mediaFilePaths(staticDir, doc))
  }
  return counts
}
