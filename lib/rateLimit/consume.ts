import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { ApiError } from '@/lib/http/errors'

import { LIMITS, type Limit, type LimitedAction } from './limits'

/** The 429 every limited action answers: a sentence a person can act on, and when to come back. */
export function rateLimited(retryAfterSeconds: number): ApiError {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60))
  return new ApiError('rate-limited', `Too many attempts. Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`, { retryAfterSeconds })
}

/** E-mail addresses count as one account however they are typed (" Maria@x.org" is maria@x.org). */
export function accountKey(account: string | number): string {
  return String(account).trim().toLowerCase()
}

type Row = { hits: number; retry_after: number }

/**
 * One atomic upsert per key in the rate_limit_buckets table (fixed window): every server process
 * shares the count, and a restart forgets nothing. Several keys go in one statement, in key order so
 * two requests counting the same keys cannot deadlock.
 */
async function hitAll(payload: Payload, buckets: Array<{ key: string; windowSeconds: number }>): Promise<Map<string, Row>> {
  const sorted = [...buckets].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  const values = sorted.map(({ key, windowSeconds }) => sql`(${key}, 1, now() + make_interval(secs => ${windowSeconds}))`)
  const result = await payload.db.drizzle.execute(sql`
    insert into rate_limit_buckets (key, hits, reset_at)
    values ${sql.join(values, sql`, `)}
    on conflict (key) do update set
      hits = case when rate_limit_buckets.reset_at <= now() then 1 else rate_limit_buckets.hits + 1 end,
      reset_at = case when rate_limit_buckets.reset_at <= now() then excluded.reset_at else rate_limit_buckets.reset_at end
    returning key, hits, greatest(0, extract(epoch from reset_at - now()))::int as retry_after
  `)
  const windows = new Map(buckets.map(({ key, windowSeconds }) => [key, windowSeconds]))
  return new Map(
    (result.rows as Array<Row & { key: string }>).map((row) => [row.key, { hits: Number(row.hits), retry_after: Number(row.retry_after) || windows.get(row.key)! }]),
  )
}

async function hit(payload: Payload, key: string, windowSeconds: number): Promise<Row> {
  return (await hitAll(payload, [{ key, windowSeconds }])).get(key)!
}

/**
 * Counts one attempt of `action` by this client address (when it can be trusted, see clientIp) and
 * account (when known), in one statement; throws a 429 ApiError when either is over its limit.
 */
export async function consumeRateLimit(
  payload: Payload,
  action: LimitedAction,
  { ip, account }: { ip: string | null; account?: string | number | null },
) {
  const limits = LIMITS[action]
  const checks: Array<[string, Limit]> = []
  if (ip) checks.push([`${action}:ip:${ip}`, limits.ip])
  if (account !== undefined && account !== null && accountKey(account) !== '') {
    checks.push([accountBucket(action, account), limits.account])
  }
  // Now and then, drop windows that ended a day ago so the table stays small without a cron job.
  if (Math.random() < 0.01) await payload.db.drizzle.execute(sql`delete from rate_limit_buckets where reset_at < now() - interval '1 day'`)
  if (checks.length === 0) return
  const rows = await hitAll(payload, checks.map(([key, limit]) => ({ key, windowSeconds: limit.windowSeconds })))
  for (const [key, limit] of checks) {
    const { hits, retry_after } = rows.get(key)!
    if (hits > limit.points) throw rateLimited(retry_after)
  }
}

const accountBucket = (action: LimitedAction, account: string | number) => `${action}:account:${accountKey(account)}`

/** Refuses with a 429 when `account` already used up `action`'s limit in this window; counts nothing. */
export async function checkAccountLimit(payload: Payload, action: LimitedAction, account: string | number) {
  const result = await payload.db.drizzle.execute(sql`
    select hits, greatest(0, extract(epoch from reset_at - now()))::int as retry_after
    from rate_limit_buckets where key = ${accountBucket(action, account)} and reset_at > now()
  `)
  const row = (result.rows as Row[])[0]
  if (row && Number(row.hits) >= LIMITS[action].account.points) throw rateLimited(Number(row.retry_after) || LIMITS[action].account.windowSeconds)
}

/** Counts one attempt against `account` alone (e.g. a failed password), for checkAccountLimit. */
export async function countAccountAttempt(payload: Payload, action: LimitedAction, account: string | number) {
  await hit(payload, accountBucket(action, account), LIMITS[action].account.windowSeconds)
}
