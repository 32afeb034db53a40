import type { S3ClientConfig } from '@aws-sdk/client-s3'

import { EnvError, type Env } from '@/lib/env'

export type S3Settings = { bucket: string; config: S3ClientConfig }

/**
 * Where each upload collection's objects live in the one bucket. Payload keeps filenames unique per
 * collection only, so without a folder each a story named like a media file would overwrite it (and
 * deleting one would delete the other).
 */
export const UPLOAD_PREFIXES = { media: 'media', stories: 'stories' } as const
export type UploadCollection = keyof typeof UPLOAD_PREFIXES

type S3Env = Pick<Env, 'S3_BUCKET' | 'S3_ENDPOINT' | 'S3_REGION' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY' | 'S3_FORCE_PATH_STYLE'>

/** The bucket and S3 client settings from the environment; null when S3_BUCKET is unset (uploads stay on disk). */
export function s3Settings(env: S3Env): S3Settings | null {
  if (!env.S3_BUCKET) return null
  const hasId = Boolean(env.S3_ACCESS_KEY_ID)
  if (hasId !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
    throw new EnvError('Invalid environment: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together (or neither, to use the instance role)')
  }
  return {
    bucket: env.S3_BUCKET,
    config: {
      region: env.S3_REGION,
      endpoint: env.S3_ENDPOINT,
      forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
      // Without keys the SDK's default chain applies (instance or task role, AWS_* variables).
      credentials: hasId ? { accessKeyId: env.S3_ACCESS_KEY_ID!, secretAccessKey: env.S3_SECRET_ACCESS_KEY! } : undefined,
      // AWS SDK v3 (since 3.729) adds CRC checksums to every upload, streamed as aws-chunked bodies with
      // trailers, and validates checksums on downloads. MinIO before 2025, Ceph, Garage, s3rver and other
      // S3-compatible servers reject or store those bodies wrongly; send checksums only where S3 requires them.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    },
  }
}
