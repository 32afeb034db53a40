import { headersWithCors, type PayloadRequest, type TypeWithID, type Where } from 'payload'

import { openUpload } from '@/lib/storage/uploadFiles'
import type { Media } from '@/payload-types'

/** Public files: browsers and shared caches may keep them a while (a file that closes is gone from caches within 5 minutes). */
export const PUBLIC_FILE_CACHE = 'public, max-age=300'
/** Members-only files: for this person's browser only, and not even kept there (shared ward computers). */
export const PRIVATE_FILE_CACHE = 'private, no-store'

type FileArgs = { doc?: TypeWithID; params: { filename: string } }

async function findByFilename(req: PayloadRequest, filename: string): Promise<Media | null> {
  const sizes = req.payload.collections.media.config.upload.imageSizes ?? []
  const where: Where = {
    or: [{ filename: { equals: filename } }, ...sizes.map(({ name }) => ({ [`sizes.${name}.filename`]: { equals: filename } }))],
  }
  return req.payload.db.findOne<Media>({ collection: 'media', where, req })
}

/**
 * Payload's file route (`upload.handlers`): runs after the collection's read access let the request
 * through. Public files fall through to Payload, which sends them with `PUBLIC_FILE_CACHE`; every other
 * file — members-only, or stored without a document — is answered here with `PRIVATE_FILE_CACHE`,
 * whole (no ranges), so no shared cache stores what a member downloaded. The bytes come from disk or,
 * with S3 storage, from the private bucket through the server: never a redirect to a bucket URL.
 */
export async function servePrivateFile(req: PayloadRequest, { doc, params }: FileArgs): Promise<Response | void> {
  // Only visitors get a matched document: the read rule turned into a query, and it matches public files only.
  if (doc) return
  const media = await findByFilename(req, params.filename)
  if (media?.visibility === 'public') return

  const file = await openUpload(req, 'media', params.filename, media)
  // Missing files (and names outside the folder): answerMissingFile, next in the collection's handlers.
  if (!file) return

  const headers = new Headers({
    'Content-Type': file.type,
    'Content-Length': String(file.size),
    'Cache-Control': PRIVATE_FILE_CACHE,
    'Accept-Ranges': 'none',
    'X-Content-Type-Options': 'nosniff',
  })
  return new Response(file.body, { status: 200, headers: headersWithCors({ headers, req }) })
}
