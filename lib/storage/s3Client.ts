import { S3Client } from '@aws-sdk/client-s3'

import { getEnv } from '@/lib/env'

import { s3Settings, type S3Settings } from './s3Settings'

let cached: { settings: S3Settings; client: S3Client } | undefined

/**
 * Our own client for the reads Payload's storage plugin does not offer (members-only files, the
 * optimiser purge, "is it there"); same settings as the plugin's. Only called when the plugin is on.
 */
export function s3(): { settings: S3Settings; client: S3Client } {
  if (cached) return cached
  const settings = s3Settings(getEnv())
  if (!settings) throw new Error('S3 storage is not configured (S3_BUCKET is unset)')
  cached = { settings, client: new S3Client(settings.config) }
  return cached
}
