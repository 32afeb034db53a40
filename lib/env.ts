import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { z } from 'zod'

// The one place the app reads process.env. Left outside the schema on purpose: NEXT_PHASE (set by Next
// itself, read through isNextBuild below), NEXT_RUNTIME (instrumentation.ts must test it inline so the
// bundler can drop Node-only code from the edge build), DISABLE_PAYLOAD_HMR (read by Payload, not by us).

/** True while `next build` runs (Next sets NEXT_PHASE itself): it prerenders and signs no tokens. */
export function isNextBuild(): boolean {
  return process.env.NEXT_PHASE === 'phase-production-build'
}

const postgresUrl = z
  .string()
  .url('must be a URL such as postgres://user:password@host:5432/portal')
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must start with postgres:// or postgresql://')

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: postgresUrl.optional(),
  PAYLOAD_SECRET: z.string().min(32, 'must be at least 32 characters (try: openssl rand -hex 32)').optional(),
  SERVER_URL: z.string().url('must be the public URL, e.g. https://portal.example.org').default('http://localhost:3000'),
  CRON_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  JOBS_AUTORUN: z.enum(['true', 'false']).default('true'),
  MEDIA_DIR: z.string().min(1).optional(),
  PAYLOAD_DB_PUSH: z.enum(['true', 'false']).default('false'),
  // How many reverse proxies in front of the app append to X-Forwarded-For (0: none, per-address limits off).
  TRUSTED_PROXY_HOPS: z.coerce.number().int('must be a whole number').min(0).max(5, 'must be at most 5').default(0),
  SMTP_URL: z
    .string()
    .url('must be an SMTP URL such as smtps://user:password@smtp.example.org:465')
    .refine((value) => /^smtps?:\/\//.test(value), 'must start with smtp:// or smtps://')
    .optional(),
  // Bulk e-mail (alerts, digests): messages per minute across this sender; 0 = as fast as the server takes them.
  EMAIL_RATE_PER_MINUTE: z.coerce.number().int('must be a whole number').min(0).default(0),
  // How long after publishing an alert waits, so an item unpublished by mistake sends nothing.
  EMAIL_ALERT_DELAY_SECONDS: z.coerce.number().int('must be a whole number').min(0).max(86_400).default(120),
  // Simultaneous SMTP connections for bulk e-mail (each carries one message at a time).
  EMAIL_CONNECTIONS: z.coerce.number().int('must be a whole number').min(1).max(50).default(8),
  // Tests only: the server also appends unsent e-mails here so browser tests can follow their links.
  EMAIL_OUTBOX_FILE: z.string().min(1).optional(),
  // Where the server reaches itself to revalidate (lib/revalidate); default http://127.0.0.1:PORT.
  INTERNAL_URL: z
    .string()
    .url('must be a URL such as http://127.0.0.1:3000')
    .refine((value) => /^https?:\/\//.test(value), 'must start with http:// or https://')
    .optional(),
  PORT: z.coerce.number().int('must be a whole number').min(1).max(65535, 'must be at most 65535').default(3000),
  // Scale-out (README "Running several instances"); each is off when unset.
  // Shared Next cache (ISR, data cache, tag revalidation) for every instance.
  REDIS_URL: z
    .string()
    .url('must be a URL such as redis://127.0.0.1:6379')
    .refine((value) => /^rediss?:\/\//.test(value), 'must start with redis:// or rediss://')
    .optional(),
  // Comma-separated PostgreSQL URLs that reads may go to (@payloadcms/db-postgres readReplicas).
  DATABASE_REPLICA_URLS: z
    .string()
    .transform((value) => value.split(',').map((url) => url.trim()).filter(Boolean))
    .pipe(z.array(postgresUrl).min(1, 'must list at least one URL'))
    .optional(),
  // Uploads in an S3-compatible bucket instead of MEDIA_DIR (@payloadcms/storage-s3).
  S3_BUCKET: z.string().min(1).optional(),
  S3_ENDPOINT: z
    .string()
    .url('must be a URL such as https://s3.eu-west-1.amazonaws.com or http://minio:9000')
    .optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('false'),
})

export type Env = z.infer<typeof schema> & { PAYLOAD_SECRET: string }

export class EnvError extends Error {}

/** One line per problem, naming the variable: what an operator needs, not a stack trace. */
export function formatEnvIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`).join('; ')
}

/** Development secret generated once and kept beside the embedded database in .data/. */
export function devSecret(root = process.cwd()): string {
  const file = path.join(root, '.data', 'payload-secret')
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  const secret = crypto.randomBytes(32).toString('hex')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  // Empty strings from compose files or shells mean "not set".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''))
  const result = schema.safeParse(cleaned)
  if (!result.success) throw new EnvError(`Invalid environment: ${formatEnvIssues(result.error)}`)
  const parsed = result.data
  let secret = parsed.PAYLOAD_SECRET
  if (!secret) {
    if (parsed.NODE_ENV === 'production' && !isNextBuild()) {
      throw new EnvError('Invalid environment: PAYLOAD_SECRET is required in production (try: openssl rand -hex 32)')
    }
    secret = devSecret()
  }
  return { ...parsed, PAYLOAD_SECRET: secret }
}

/**
 * REDIS_URL alone, for next.config.ts: Next loads that file for commands that need no secret (typegen,
 * lint), where the whole schema would refuse a production environment without PAYLOAD_SECRET.
 */
export function sharedCacheUrl(source: Record<string, string | undefined> = process.env): string | undefined {
  const result = schema.shape.REDIS_URL.safeParse(source.REDIS_URL || undefined)
  if (!result.success) throw new EnvError(`Invalid environment: REDIS_URL ${result.error.issues[0]!.message}`)
  return result.data
}

let cached: Env | undefined
export function getEnv(): Env {
  cached ??= parseEnv()
  return cached
}
