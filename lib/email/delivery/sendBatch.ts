import type { Payload } from 'payload'
import type { PoolClient } from 'pg'

import { toLang } from '@/lib/i18n/languages'

import { renderAlertFor } from '../content/alert'
import { renderDigestFor } from '../content/digest'
import type { RenderedEmail } from '../render'
import { buildMime, personalize, type Recipient } from './compose'
import { isPermanent, type GatedSend, type GatedSender, type SendFailure } from './gatedSend'
import { ALERT_LISTS, isAlertCollection, MAX_ATTEMPTS, retryDelayMs, type EmailList } from './states'

type Row = {
  id: number
  kind: 'alert' | 'digest'
  item_collection: string | null
  item_id: number | null
  region_id: number | null
  period_end: Date | null
  attempts: number
  member_id: number
  email: string
  preferred_language: string
  verified: boolean | null
  bounced: boolean
  bargaining: boolean | null
  actions: boolean | null
  digest: boolean | null
}

// Due rows, longest due first, locked for this transaction. In the order of the (status, next_attempt_at)
// index, so a batch reads a few index entries however many rows wait (ordering by id sorted all of them
// for every batch). SKIP LOCKED: another sender's rows are its own.
// If this process dies, PostgreSQL ends the transaction and the rows are simply due again.
const CLAIM = `
  select d.id, d.kind, d.item_collection, d.item_id::int as item_id, d.region_id, d.period_end, d.attempts::int as attempts,
         m.id as member_id, m.email, m.preferred_language, m._verified as verified,
         m.email_bounced_at is not null as bounced,
         m.email_preferences_bargaining as bargaining, m.email_preferences_actions as actions,
         m.email_preferences_digest as digest
  from email_deliveries d join members m on m.id = d.member_id
  where d.status = 'queued' and d.next_attempt_at <= now()
  order by d.next_attempt_at
  limit $1
  for update of d skip locked`

/** Rendered e-mails by item or digest and language, for the life of one sending run. */
export type RenderCache = Map<string, Promise<RenderedEmail | null>>

function listOf(row: Row): EmailList | null {
  if (row.kind === 'digest') return 'digest'
  return isAlertCollection(row.item_collection) ? ALERT_LISTS[row.item_collection] : null
}

/** Why this row must not be sent now, if anything: the member's choices can change after it was queued. */
function skipReason(row: Row, list: EmailList | null): string | null {
  if (!list) return 'unknown e-mail kind'
  if (!row.verified) return 'address not confirmed'
  if (row.bounced) return 'address refused earlier'
  if (row[list] !== true) return 'member opted out'
  return null
}

function render(payload: Payload, cache: RenderCache, row: Row): Promise<RenderedEmail | null> {
  const lang = toLang(row.preferred_language)
  const key = row.kind === 'digest' ? `digest:${row.region_id}:${row.period_end?.toISOString()}:${lang}` : `${row.item_collection}:${row.item_id}:${lang}`
  let email = cache.get(key)
  if (!email) {
    if (row.kind === 'digest') {
      email = row.region_id !== null && row.period_end ? renderDigestFor(payload, { regionId: row.region_id, end: row.period_end }, lang) : Promise.resolve(null)
    } else {
      email = isAlertCollection(row.item_collection) && row.item_id !== null ? renderAlertFor(payload, row.item_collection, row.item_id, lang) : Promise.resolve(null)
    }
    cache.set(key, email)
  }
  return email
}

/** Items still published with their alert on, among those this batch would alert about. */
async function liveAlerts(client: PoolClient, rows: Row[]): Promise<Set<string>> {
  const live = new Set<string>()
  for (const collection of Object.keys(ALERT_LISTS)) {
    const ids = [...new Set(rows.filter((row) => row.item_collection === collection).map((row) => row.item_id))]
    if (ids.length === 0) continue
    const table = collection.replace(/-/g, '_')
    const { rows: found } = await client.query<{ id: number }>(
      `select id from ${table} where id = any($1) and _status = 'published' and alert_send is true`,
      [ids],
    )
    for (const { id } of found) live.add(`${collection}:${id}`)
  }
  return live
}

type Outcome = { row: Row; send: GatedSend | null; failure: SendFailure | null; skipped: string | null }

/** Records the batch's outcomes in its transaction: the sent ones in one statement, the rest one by one (rare). */
async function settle(client: PoolClient, outcomes: Outcome[]) {
  const sent = outcomes.filter((outcome) => outcome.send && !outcome.failure)
  if (sent.length > 0) {
    await client.query(
      `update email_deliveries as d set status = 'sent', sent_at = now(), address = m.email, attempts = d.attempts + 1, updated_at = now()
       from members m where m.id = d.member_id and d.id = any($1)`,
      [sent.map(({ row }) => row.id)],
    )
  }
  for (const { row, failure, skipped } of outcomes) {
    if (skipped) await client.query(`update email_deliveries set status = 'cancelled', last_error = $2, updated_at = now() where id = $1`, [row.id, skipped])
    else if (failure) await recordFailure(client, row, failure)
  }
}

/** A refusal for good bounces the address; anything else is tried again later, a few times. */
async function recordFailure(client: Pick<PoolClient, 'query'>, row: Row, failure: SendFailure) {
  const error = failure.message.slice(0, 500)
  if (isPermanent(failure)) {
    await client.query(`update email_deliveries set status = 'bounced', last_error = $2, address = $3, updated_at = now() where id = $1`, [row.id, error, row.email])
    await client.query(`update members set email_bounced_at = now(), email_bounce_reason = $2 where id = $1 and email_bounced_at is null`, [row.member_id, error])
    return
  }
  const attempts = row.attempts + 1
  if (attempts >= MAX_ATTEMPTS) {
    await client.query(`update email_deliveries set status = 'failed', attempts = $2, last_error = $3, updated_at = now() where id = $1`, [row.id, attempts, error])
    return
  }
  await client.query(
    `update email_deliveries set status = 'queued', attempts = $2, last_error = $3, next_attempt_at = now() + $4 * interval '1 millisecond', updated_at = now() where id = $1`,
    [row.id, attempts, error, retryDelayMs(attempts)],
  )
}

/**
 * Sends up to `limit` due deliveries. The order is what makes "exactly once" survive a crash:
 *   1. lock the rows (a transaction on its own connection);
 *   2. hand each message to the mail server, all but its final dot (gatedSend.ts);
 *   3. mark them sent and commit;
 *   4. only then let the final dots go.
 * A crash before 3 leaves the rows due and the server holding half-messages it discards; a crash after
 * 3 finds them sent, and the dots already on their way (the kernel sends what was written). What the
 * server refuses after the dot is recorded afterwards (a bounce, or a retry for a temporary refusal).
 * Returns how many rows it handled; 0 when nothing was due.
 */
export async function sendBatch(payload: Payload, sender: GatedSender, cache: RenderCache, limit: number): Promise<{ handled: number; sent: number }> {
  const client = await payload.db.pool.connect()
  let outcomes: Outcome[] = []
  const begun: GatedSend[] = []
  let committed = false
  try {
    await client.query('begin')
    const { rows } = await client.query<Row>(CLAIM, [limit])
    if (rows.length === 0) {
      await client.query('commit')
      committed = true
      return { handled: 0, sent: 0 }
    }
    const live = rows.some((row) => row.kind === 'alert') ? await liveAlerts(client, rows) : new Set<string>()
    // The header shows the name; the SMTP envelope takes the bare address.
    const envelopeFrom = payload.email.defaultFromAddress
    const from = `"${payload.email.defaultFromName.replace(/"/g, '')}" <${envelopeFrom}>`

    outcomes = await Promise.all(
      rows.map(async (row): Promise<Outcome> => {
        const list = listOf(row)
        const skipped =
          skipReason(row, list) ?? (row.kind === 'alert' && !live.has(`${row.item_collection}:${row.item_id}`) ? 'unpublished or alert turned off' : null)
        if (skipped || !list) return { row, send: null, failure: null, skipped: skipped ?? 'unknown e-mail kind' }
        const email = await render(payload, cache, row)
        if (!email) return { row, send: null, failure: null, skipped: row.kind === 'digest' ? 'nothing new that week' : 'unpublished' }
        const recipient: Recipient = { deliveryId: row.id, memberId: row.member_id, address: row.email, lang: toLang(row.preferred_language) }
        const parts = personalize(email, list, recipient)
        const send = sender.begin({ from: envelopeFrom, to: row.email, parts, raw: await buildMime(from, recipient, parts) })
        begun.push(send)
        return { row, send, failure: await send.ready, skipped: null }
      }),
    )
    await settle(client, outcomes)
    await client.query('commit')
    committed = true
  } catch (error) {
    // Nothing was marked: every message still waiting for its dot is dropped, and the rows stay due.
    for (const send of begun) send.abort()
    if (!committed) await client.query('rollback').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }

  const released = outcomes.filter((outcome) => outcome.send && !outcome.failure)
  for (const { send } of released) send!.release()
  const late = await Promise.all(released.map(async (outcome) => ({ outcome, failure: await outcome.send!.done })))
  for (const { outcome, failure } of late) {
    // A refusal after the dot: not delivered after all. A lost connection after it: the server may well
    // have it, so the row stays sent (never twice), with a note.
    if (failure?.responseCode) await recordFailure(payload.db.pool, outcome.row, failure)
    else if (failure) await payload.db.pool.query(`update email_deliveries set last_error = $2 where id = $1`, [outcome.row.id, `no answer after sending: ${failure.message}`.slice(0, 500)])
  }
  return { handled: outcomes.length, sent: released.length - late.filter(({ failure }) => failure?.responseCode).length }
}
