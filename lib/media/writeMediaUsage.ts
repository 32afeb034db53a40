import crypto from 'node:crypto'

import type { PayloadRequest } from 'payload'

import type { Media } from '@/payload-types'

import { hideOptimizedCopies } from './optimizedImages'
import { mediaVisibility } from './visibility'

export type UsageRow = NonNullable<Media['usedBy']>[number]

/** A file as stored (no read hooks), inside the request's transaction. */
export function readStoredMedia(req: PayloadRequest, id: number): Promise<Media | null> {
  return req.payload.db.findOne<Media>({ collection: 'media', where: { id: { equals: id } }, req })
}

/**
 * Stores a file's `usedBy` rows and the visibility they give it. Bookkeeping, so it goes to the database
 * adapter with the stored document: a nested Payload update would inherit the item operation's request
 * context (a version restore, for one, switches off fallback values and fails validation). Staff edits
 * of the file itself go through the collection, whose hook applies the same `mediaVisibility` rule.
 */
export async function writeMediaUsage(req: PayloadRequest, stored: Media, usedBy: UsageRow[]): Promise<NonNullable<Media['visibility']>> {
  const visibility = mediaVisibility({ membersOnly: stored.membersOnly, usedBy })
  // Array rows need ids; Payload's own writes make 24 hex digits too.
  const rows = usedBy.map((row) => ({ ...row, id: row.id ?? crypto.randomBytes(12).toString('hex') }))
  await req.payload.db.updateOne({ collection: 'media', id: stored.id, data: { ...stored, usedBy: rows, visibility }, req, returning: false })
  if (stored.visibility === 'public' && visibility !== 'public') await hideOptimizedCopies(req, [stored])
  return visibility
}
