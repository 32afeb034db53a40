import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import type { Env } from '@/lib/env'

import { s3Settings, UPLOAD_PREFIXES } from './s3Settings'

/**
 * Media and story uploads in the S3 bucket when S3_BUCKET is set, else on disk (MEDIA_DIR) as before.
 *
 * Registered either way, so the admin import map (the plugin always adds its client-upload handler)
 * and the database schema are the same with and without S3: `alwaysInsertFields` keeps the plugin's
 * `prefix` and `_objectKey` columns when it is off, and one migration covers both.
 *
 * Files are never public in the bucket: no ACL (objects stay private), no direct or signed URLs;
 * every download goes through Payload's access-checked file route (`/api/media/file/<name>`), where
 * lib/media/servePrivateFile answers members-only files and the plugin streams public ones.
 */
export function uploadStorage(env: Env): Plugin {
  const settings = s3Settings(env)
  // The URL Payload gives a file on disk. The plugin would append `?prefix=<folder>`, which the image
  // optimiser refuses (next.config images.localPatterns: no query) and which changes every stored link.
  // Reads find the folder from the document instead.
  const fileURL =
    (slug: string) =>
    ({ filename }: { filename: string }) =>
      `${env.SERVER_URL.replace(/\/+$/, '')}/api/${slug}/file/${encodeURIComponent(filename)}`
  return s3Storage({
    enabled: settings !== null,
    alwaysInsertFields: true,
    bucket: settings?.bucket ?? '',
    config: settings?.config ?? {},
    collections: {
      media: { prefix: UPLOAD_PREFIXES.media, generateFileURL: fileURL('media') },
      stories: { prefix: UPLOAD_PREFIXES.stories, generateFileURL: fileURL('stories') },
    },
  })
}
