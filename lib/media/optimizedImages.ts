import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

import { readUpload, type StoredLocation } from '@/lib/storage/uploadFiles'

import { announcePurge } from './purgeBroadcast'
import { afterTransaction } from './transaction'

// Next's image optimiser (`/_next/image`) keeps results on disk in .next/cache/images/<key>/ with one
// file named `<maxAge>.<expireAt>.<etag>.<upstreamEtag>.<ext>` (next/dist/server/image-optimizer.js,
// Next 16.4). It fetches local files without the visitor's cookies, so it never receives a members-only
// file — but a copy made while a file was public stays: when its refetch is refused, Next keeps serving
// the old copy ("retain the previous successful value"). So a file that closes must leave this cache.
const CACHE_DIR = path.resolve(process.cwd(), '.next', 'cache', 'images')
// A refetch started just before the change may still be writing its copy (the optimiser's own timeout is 7 s).
const LATE_WRITE_MS = 10_000

export type MediaFiles = StoredLocation & { filename?: string | null; sizes?: Record<string, { filename?: string | null } | null | undefined> | null }

/** The original and every generated size of a media document. */
export function mediaFileNames(doc: MediaFiles): string[] {
  const names = [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)]
  return names.filter((name): name is string => Boolean(name))
}

/**
 * How Next names a copy (next/dist/server/image-optimizer/extract-etag.js): by the upstream ETag,
 * base64url, when the file response has one, else by the sha256 of the source bytes, base64url. Payload
 * sends no ETag from disk; the S3 plugin forwards the object's, so for files in the bucket both count.
 */
async function sourceDigests(req: PayloadRequest, docs: MediaFiles[]): Promise<Set<string>> {
  const digests = new Set<string>()
  for (const doc of docs) {
    for (const name of mediaFileNames(doc)) {
      const file = await readUpload(req, 'media', name, doc).catch(() => null)
      if (!file) continue
      digests.add(crypto.createHash('sha256').update(file.bytes).digest('base64url'))
      if (file.etag) digests.add(Buffer.from(file.etag).toString('base64url'))
    }
  }
  return digests
}

/** Removes every optimised copy made from these source files (any URL spelling, width, quality or format). */
async function purgeOptimizedCopies(digests: Set<string>, cacheDir = CACHE_DIR): Promise<number> {
  if (digests.size === 0) return 0
  const keys = await fs.readdir(/*turbopackIgnore: true*/ cacheDir).catch(() => [] as string[])
  let removed = 0
  for (let start = 0; start < keys.length; start += 64) {
    await Promise.all(
      keys.slice(start, start + 64).map(async (key) => {
        const entry = path.join(/*turbopackIgnore: true*/ cacheDir, key)
        const files = await fs.readdir(/*turbopackIgnore: true*/ entry).catch(() => [] as string[])
        if (!files.some((file) => digests.has(file.split('.')[3] ?? ''))) return
        await fs.rm(entry, { recursive: true, force: true })
        removed += 1
      }),
    )
  }
  return removed
}

/**
 * Another instance announced a file that closed (purgeBroadcast.ts): drop this instance's copies now,
 * and again once an optimisation that was already running here has had time to write.
 */
export async function purgeAnnouncedCopies(digests: Set<string>, cacheDir = CACHE_DIR): Promise<number> {
  const removed = await purgeOptimizedCopies(digests, cacheDir)
  setTimeout(() => void purgeOptimizedCopies(digests, cacheDir), LATE_WRITE_MS).unref()
  return removed
}

/**
 * A file stopped being public (or is being deleted): drop its optimised copies now, again once the
 * change has committed (a visitor's request in between still saw it public), and once more after any
 * optimisation that started before the commit has had time to write.
 */
export async function hideOptimizedCopies(req: PayloadRequest, docs: MediaFiles[]): Promise<void> {
  const digests = await sourceDigests(req, docs)
  if (digests.size === 0) return
  await purgeOptimizedCopies(digests)
  void afterTransaction(req, async () => {
    await purgeOptimizedCopies(digests)
    setTimeout(() => void purgeOptimizedCopies(digests), LATE_WRITE_MS).unref()
    // Every other instance has an optimiser cache of its own.
    await announcePurge(digests)
  }).catch((error: unknown) => req.payload.logger.error({ err: error, msg: 'Could not purge optimised images' }))
}
