import type { Payload } from 'payload'

import { alertKey, type AlertCollection, type DeliveryStatus } from './states'

/** What the admin's alert panel shows for one item: its delivery rows by status, and a queued alert job. */
export type AlertStatus = Record<DeliveryStatus, number> & {
  firstSentAt: string | null
  lastSentAt: string | null
  /** A queueAlert job for the item is waiting (the alert delay after publishing) or running. */
  pending: boolean
  /** When that job may run. */
  sendsAt: string | null
}

type CountRow = { status: DeliveryStatus; count: number; first_sent_at: Date | null; last_sent_at: Date | null }

const iso = (value: Date | null | undefined) => (value ? value.toISOString() : null)

export async function alertStatus(payload: Payload, collection: AlertCollection, id: number): Promise<AlertStatus> {
  const pool = payload.db.pool
  const [deliveries, jobs] = await Promise.all([
    // item_collection and item_id find the rows through their index; the key keeps it to this alert.
    pool.query<CountRow>(
      `select status, count(*)::int as count, min(sent_at) as first_sent_at, max(sent_at) as last_sent_at
       from email_deliveries
       where item_collection = $1 and item_id = $2 and key = $3
       group by status`,
      [collection, id, alertKey(collection, id)],
    ),
    // A job that ran out of retries has has_error set and will never run: not pending.
    pool.query<{ wait_until: Date | null }>(
      `select wait_until from payload_jobs
       where task_slug = 'queueAlert' and completed_at is null and has_error is not true
         and input->>'collection' = $1 and input->>'id' = $2
       order by wait_until nulls first
       limit 1`,
      [collection, String(id)],
    ),
  ])
  const counts: Record<DeliveryStatus, number> = { queued: 0, sent: 0, failed: 0, bounced: 0, cancelled: 0 }
  let first: Date | null = null
  let last: Date | null = null
  for (const row of deliveries.rows) {
    counts[row.status] = row.count
    if (row.first_sent_at && (!first || row.first_sent_at < first)) first = row.first_sent_at
    if (row.last_sent_at && (!last || row.last_sent_at > last)) last = row.last_sent_at
  }
  const job = jobs.rows[0]
  return { ...counts, firstSentAt: iso(first), lastSentAt: iso(last), pending: Boolean(job), sendsAt: iso(job?.wait_until) }
}
