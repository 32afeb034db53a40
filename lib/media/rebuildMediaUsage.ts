
import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { readItemUsage, type UsageRules } from './itemUsage'
import { hideOptimizedCopies, type MediaFiles } from './optimizedImages'
import type { MediaUsage } from './visibility'
import { readStoredMedia, writeMediaUsage } from './writeMediaUsage'

const PAGE = 200

/**
 * Recomputes every file's `usedBy` rows and visibility from every item of `sources` (the backfill of
 * the migration that introduced them; safe to run again). Files that end up members-only also leave
 * the image optimiser's cache: until now they were public.
 */
export async function rebuildMediaUsage(req: PayloadRequest, sources: SanitizedCollectionConfig[], rules: UsageRules) {
  const usage = new Map<number, MediaUsage[]>()
  for (const collection of sources) {
    for (let page = 1; ; page += 1) {
      const { docs, hasNextPage } = await req.payload.find({
        collection: collection.slug,
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

  const counts = { public: 0, members: 0 }
  // Closed files whose earlier copies writeMediaUsage does not know about (the migration's default said "members").
  const closedFiles: MediaFiles[] = []
  const { docs } = await req.payload.find({ collection: 'media', depth: 0, pagination: false, overrideAccess: true, req, select: {} })
  for (const { id } of docs) {
    const stored = await readStoredMedia(req, id)
    if (!stored) continue
    const usedBy = (usage.get(id) ?? []).sort((a, b) => a.key.localeCompare(b.key))
    const visibility = await writeMediaUsage(req, stored, usedBy)
    counts[visibility] += 1
    if (visibility === 'members' && stored.visibility !== 'public') closedFiles.push(stored)
  }
  await hideOptimizedCopies(req, closedFiles)
  return counts
}
