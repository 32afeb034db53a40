import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import { Readable } from 'node:stream'

import { fileTypeFromFile } from 'file-type'
import { headersWithCors, type PayloadRequest, type TypeWithID, type Where } from 'payload'

import type { Media } from '@/payload-types'

import { uploadFilePath } from './uploadPath'

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
 * file — members-only, or on disk without a document — is answered here with `PRIVATE_FILE_CACHE`,
 * whole (no ranges), so no shared cache stores what a member downloaded.
 */
export async function servePrivateFile(req: PayloadRequest, { doc, params }: FileArgs): Promise<Response | void> {
  // Only visitors get a matched document: the read rule turned into a query, and it matches public files only.
  if (doc) return
  const media = await findByFilename(req, params.filename)
  if (media?.visibility === 'public') return

  const filePath = uploadFilePath(req, 'media', params.filename)
  if (!filePath) return
  const stats = await fs.stat(filePath).catch(() => null)
  // Missing files: answerMissingFile, next in the collection's handlers.
  if (!stats?.isFile()) return

  const type = (await fileTypeFromFile(filePath))?.mime ?? 'application/octet-stream'
  const headers = new Headers({
    'Content-Type': type,
    'Content-Length': String(stats.size),
    'Cache-Control': PRIVATE_FILE_CACHE,
    'Accept-Ranges': 'none',
    'X-Content-Type-Options': 'nosniff',
  })
  const body = Readable.toWeb(createReadStream(filePath)) as ReadableStream<Uint8Array>
  return new Response(body, { status: 200, headers: headersWithCors({ headers, req }) })
}
