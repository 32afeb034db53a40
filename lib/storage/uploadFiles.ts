import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import { GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3'
import { fileTypeFromFile } from 'file-type'
import type { PayloadRequest } from 'payload'

import { uploadFilePath } from '@/lib/media/uploadPath'

import { s3 } from './s3Client'
import { UPLOAD_PREFIXES, type UploadCollection } from './s3Settings'

// The few reads the app does itself, on disk or in the bucket alike: members-only downloads
// (lib/media/servePrivateFile), "no such file" answers (lib/http/answerMissingFile) and the
// optimiser purge (lib/media/optimizedImages). Uploads, public downloads and deletes are Payload's
// (and its S3 plugin's) own.

/** The storage fields the S3 plugin keeps on a document (null on rows from before S3 was set up). */
export type StoredLocation = { prefix?: string | null; _objectKey?: string | null }

/** `etag`: the bucket's, as the S3 plugin forwards it on public downloads (none from disk). */
export type OpenedUpload = { size: number; type: string; body: ReadableStream<Uint8Array>; etag?: string }

/** Whether the collection's files are in the bucket: the plugin marks the collections it took over. */
export function storedInS3(req: PayloadRequest, collection: string): boolean {
  const upload = req.payload.collections[collection as UploadCollection]?.config.upload
  return Boolean(upload && upload.adapter === 's3')
}

const clean = (part: string | null | undefined) => (part ?? '').replace(/^\/+|\/+$/g, '')

/**
 * The object key, as the plugin builds it (buildStoragePathData, non-composite): the document's folder
 * (`prefix`, then `_objectKey`), else the collection's folder, then the filename.
 */
export function objectKey(collection: string, filename: string, doc?: StoredLocation | null): string {
  const folder = [clean(doc?.prefix), clean(doc?._objectKey)].filter(Boolean).join('/') || (UPLOAD_PREFIXES[collection as UploadCollection] ?? collection)
  return path.posix.join(folder, filename)
}

const isMissing = (error: unknown) => {
  const { name, $metadata } = (error ?? {}) as { name?: string; $metadata?: { httpStatusCode?: number } }
  return name === 'NotFound' || name === 'NoSuchKey' || $metadata?.httpStatusCode === 404
}

/** A file of an upload collection with its size and type, or null when it is not there (or its name leaves the folder). */
export async function openUpload(req: PayloadRequest, collection: string, filename: string, doc?: StoredLocation | null): Promise<OpenedUpload | null> {
  const filePath = uploadFilePath(req, collection, filename)
  if (!filePath) return null
  if (!storedInS3(req, collection)) {
    const stats = await fs.stat(filePath).catch(() => null)
    if (!stats?.isFile()) return null
    const type = (await fileTypeFromFile(filePath))?.mime ?? 'application/octet-stream'
    return { size: stats.size, type, body: Readable.toWeb(createReadStream(filePath)) as ReadableStream<Uint8Array> }
  }
  const { client, settings } = s3()
  try {
    const object = await client.send(new GetObjectCommand({ Bucket: settings.bucket, Key: objectKey(collection, filename, doc) }), { abortSignal: req.signal })
    if (!object.Body) return null
    // Payload checked the type from the file's bytes when it was uploaded and stored it with the object.
    return { size: object.ContentLength ?? 0, type: object.ContentType ?? 'application/octet-stream', body: object.Body.transformToWebStream() as ReadableStream<Uint8Array>, etag: object.ETag }
  } catch (error) {
    if (isMissing(error)) return null
    throw error
  }
}

export async function uploadExists(req: PayloadRequest, collection: string, filename: string, doc?: StoredLocation | null): Promise<boolean> {
  const filePath = uploadFilePath(req, collection, filename)
  if (!filePath) return false
  if (!storedInS3(req, collection)) return fs.stat(filePath).then((stats) => stats.isFile(), () => false)
  const { client, settings } = s3()
  try {
    await client.send(new HeadObjectCommand({ Bucket: settings.bucket, Key: objectKey(collection, filename, doc) }))
    return true
  } catch (error) {
    if (isMissing(error)) return false
    throw error
  }
}

/** The whole file (and the bucket's ETag), or null when it is not there. */
export async function readUpload(req: PayloadRequest, collection: string, filename: string, doc?: StoredLocation | null): Promise<{ bytes: Buffer; etag?: string } | null> {
  const opened = await openUpload(req, collection, filename, doc)
  if (!opened) return null
  return { bytes: Buffer.from(await new Response(opened.body).arrayBuffer()), etag: opened.etag }
}
