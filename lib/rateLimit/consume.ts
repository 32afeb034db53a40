import { sql } from '@payloadcms/db-postgres'
import { APIError, type Payload } from 'payload'

import { LIMITS, type Limit, type LimitedAction } from './limits'

/** An APIError, so Payload's own endpoints (login) answer 429 with this message instead of a 500. */
export class RateLimitError extends APIError {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts. Please wait ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} minute(s) and try again.`, 429, undefined, true)
  }
}

type Row = { hits: number; retry_after: number }

/**
 * One atomic upsert per key in the rate_limit_buckets table (fixed window): every server process
 * shares the count, and a restart forgets nothing.
 */
async function hit(payload: Payload, key: string, windowSeconds: number): Promise<Row> {
  const result = await payload.db.drizzle.execute(sql`
    insert into rate_limit_buckets (key, hits, reset_at)
    values (${key}, 1, now() + make_interval(secs => ${windowSeconds}))
    on conflict (key) do update set
      hits = case when rate_limit_buckets.reset_at <= now() then 1 else rate_limit_buckets.hits + 1 end,
      reset_at = case when rate_limit_buckets.reset_at <= now() then excluded.reset_at else rate_limit_buckets.reset_at end
    returning hits, greatest(0, extract(epoch from reset_at - now()))::int as retry_after
  `)
  const row = (result.rows as Row[])[0]!
  return { hits: Number(row.hits), retry_after: Number(row.retry_after) || windowSeconds }
}

/** Counts one attempt of `action` by this IP (and account, when known); throws RateLimitError when over. */
export async function consumeRateLimit(payload: Payload, action: LimitedAction, { ip, account }: { ip: string; account?: string | number | null }) {
  const limits = LIMITS[action]
  const checks: Array<[string, Limit]> = [[`${action}:ip:${ip}`, limits.ip]]
  if (account !== undefined && account !== null && account !== '') {
    checks.push([`${action}:account:${String(account).toLowerCase()}`, limits.account])
  }
  // Now and then, drop windows that ended a day ago so the table stays small without a cron job.
  if (Math.random() < 0.01) await payload.db.drizzle.execute(sql`delete from rate_limit_buckets where reset_at < now() - interval '1 day'`)
  for (const [key, limit] of checks) {
    const { hits, retry_after } = await hit(payload, key, limit.windowSeconds)
    if (hits > limit.points) throw new RateLimitError(retry_after)
  }
}
