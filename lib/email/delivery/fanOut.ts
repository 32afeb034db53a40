import type { Payload } from 'payload'

import { relationId } from '@/lib/relationId'

import { ALERT_LISTS, alertKey, digestKey, type AlertCollection, type EmailList } from './states'

// Who gets an e-mail is decided here, once, as delivery rows (one INSERT … SELECT, however many
// members): confirmed addresses that were never refused, who chose this kind of e-mail. The unique
// (member, key) index makes a second run add only those not already there.

const COLUMN: Record<EmailList, string> = {
  bargaining: 'email_preferences_bargaining',
  actions: 'email_preferences_actions',
  digest: 'email_preferences_digest',
}

const ELIGIBLE = `m._verified is true and m.email_bounced_at is null`

/**
 * Queues an item's alert for the members of its regions (everyone for a coalition-wide item), if it is
 * published with its alert on. Returns how many deliveries were added.
 */
export async function queueAlertDeliveries(payload: Payload, collection: AlertCollection, id: number): Promise<number> {
  const item = await payload.findByID({ collection, id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!item || item._status !== 'published' || item.alert?.send !== true) return 0
  // An item alerts once: publishing it again later (or turning the alert off and on) adds nobody.
  const key = alertKey(collection, id)
  const { rowCount } = await payload.db.pool.query(`select 1 from email_deliveries where item_collection = $1 and item_id = $2 limit 1`, [collection, id])
  if (rowCount) return 0
  const regions = (item.regions ?? []).map(relationId).filter((value): value is number => typeof value === 'number')
  const result = await payload.db.pool.query(
    `insert into email_deliveries (member_id, key, kind, item_collection, item_id, status, attempts, next_attempt_at, updated_at, created_at)
     select m.id, $1, 'alert', $2, $3, 'queued', 0, now(), now(), now()
     from members m
     where ${ELIGIBLE} and m.${COLUMN[ALERT_LISTS[collection]]} is true
       and (cardinality($4::int[]) = 0 or m.region_id = any($4::int[]))
     on conflict (member_id, key) do nothing`,
    [key, collection, id, regions],
  )
  return result.rowCount ?? 0
}

/** Queues a region's weekly digest for the week ending at `end`, keyed by the local date it goes out. */
export async function queueDigestDeliveries(payload: Payload, regionId: number, localDate: string, end: Date): Promise<number> {
  const result = await payload.db.pool.query(
    `insert into email_deliveries (member_id, key, kind, region_id, period_end, status, attempts, next_attempt_at, updated_at, created_at)
     select m.id, $1, 'digest', $2, $3, 'queued', 0, now(), now(), now()
     from members m
     where ${ELIGIBLE} and m.${COLUMN.digest} is true and m.region_id = $2
     on conflict (member_id, key) do nothing`,
    [digestKey(localDate), regionId, end],
  )
  return result.rowCount ?? 0
}

/** Whether a region's digest for that local date was already queued (then a later run leaves it). */
export async function digestQueued(payload: Payload, regionId: number, localDate: string): Promise<boolean> {
  const { rowCount } = await payload.db.pool.query(`select 1 from email_deliveries where key = $1 and region_id = $2 limit 1`, [digestKey(localDate), regionId])
  return (rowCount ?? 0) > 0
}
