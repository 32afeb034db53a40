import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sendDueEmails } from '@/lib/email/delivery/runSender'
import { smtpSender } from '@/lib/email/delivery/smtpSender'
import { alertKey } from '@/lib/email/delivery/states'
import { seed } from '@/scripts/seed/index'

import { loadActors, type Actor, type Role } from '../helpers/actors'
import { deliveries, makeMember } from '../helpers/emailMembers'
import { makeDoc, regionId } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtpServer'

// Who an alert reaches, decided when it goes out and checked again at the moment of sending; what the
// members' mail server receives (a real SMTP server); refusals and retries.

let payload: Payload
let smtp: TestSmtpServer
let actors: Record<Role, Actor>
let ncal: number
let scal: number
const refused = new Set<string>()
const tryLater = new Set<string>()

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  actors = await loadActors(payload)
  ncal = await regionId(payload, 'ncal')
  scal = await regionId(payload, 'scal')
  smtp = await startSmtpServer({
    answerRecipient: (address) =>
      refused.has(address) ? { code: 550, message: 'No such mailbox' } : tryLater.has(address) ? { code: 451, message: 'Mailbox busy, try later' } : null,
  })
})

afterAll(() => smtp.close())

/** Runs the item's queued alert job now (in production it waits EMAIL_ALERT_DELAY_SECONDS). */
async function runAlertJob(collection: string, id: number) {
  const { rows } = await payload.db.pool.query<{ id: number }>(
    `select id from payload_jobs where task_slug = 'queueAlert' and input->>'collection' = $1 and (input->>'id')::int = $2 and completed_at is null`,
    [collection, id],
  )
  expect(rows, `a queueAlert job for ${collection} ${id}`).toHaveLength(1)
  await payload.jobs.runByID({ id: rows[0]!.id })
}

async function sendAll() {
  const sender = smtpSender(smtp.url, 4)
  try {
    return await sendDueEmails(payload, { sender, connections: 4 })
  } finally {
    await sender.close()
  }
}

async function publishWithAlert(collection: 'bargaining-updates' | 'announcements', regions: number[], title: string) {
  const doc = await makeDoc(payload, collection, { regions, title })
  await payload.update({ collection, id: doc.id, data: { _status: 'published', alert: { send: true } }, context: { disableRevalidate: true } })
  return doc.id
}

describe('an alert', () => {
  it('reaches exactly the opted-in, confirmed members of the item’s region, once each', async () => {
    const ncalIn = await makeMember(payload, { region: ncal, choices: { bargaining: true }, label: 'ncal-in' })
    const ncalSpanish = await makeMember(payload, { region: ncal, choices: { bargaining: true }, lang: 'es', label: 'ncal-es' })
    const ncalOut = await makeMember(payload, { region: ncal, choices: { actions: true, digest: true }, label: 'ncal-out' })
    const unconfirmed = await makeMember(payload, { region: ncal, choices: { bargaining: true }, verified: false, label: 'unconfirmed' })
    const scalIn = await makeMember(payload, { region: scal, choices: { bargaining: true }, label: 'scal-in' })
    const mine = [ncalIn, ncalSpanish, ncalOut, unconfirmed, scalIn]

    const title = `Session 7 is set for the NCAL table ${Date.now()}`
    const id = await publishWithAlert('bargaining-updates', [ncal], title)
    await runAlertJob('bargaining-updates', id)

    const rows = (await deliveries(payload, alertKey('bargaining-updates', id))).filter((row) => mine.some((member) => member.id === row.member_id))
    expect(rows.map((row) => row.member_id).sort()).toEqual([ncalIn.id, ncalSpanish.id].sort())
    expect(rows.every((row) => row.status === 'queued')).toBe(true)

    await sendAll()
    expect(smtp.to(ncalIn.email)).toHaveLength(1)
    expect(smtp.to(ncalSpanish.email)).toHaveLength(1)
    for (const member of [ncalOut, unconfirmed, scalIn]) expect(smtp.to(member.email), member.email).toHaveLength(0)

    const [english] = smtp.to(ncalIn.email)
    expect(english!.headers.subject).toContain('Session 7 is set')
    expect(english!.headers['list-unsubscribe']).toMatch(/^<http:\/\/[^>]+\/api\/members\/unsubscribe\?t=[^>]+>$/)
    expect(english!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')
    expect(english!.body).toContain('/bargaining/')
    // The Spanish member's copy links to the Spanish site (the item has no Spanish text: its English title).
    expect(smtp.to(ncalSpanish.email)[0]!.body).toContain('/es/bargaining/')

    const sent = await deliveries(payload, alertKey('bargaining-updates', id))
    expect(sent.filter((row) => row.member_id === ncalIn.id)).toMatchObject([{ status: 'sent', attempts: 1, address: ncalIn.email }])

    // Running the job and the sender again adds and sends nothing.
    await payload.jobs.queue({ task: 'queueAlert', input: { collection: 'bargaining-updates', id } }).then((job) => payload.jobs.runByID({ id: job.id }))
    await sendAll()
    expect(smtp.to(ncalIn.email)).toHaveLength(1)
  })

  it('for a coalition-wide item goes to every region, to those who chose that kind of e-mail', async () => {
    const ncalActions = await makeMember(payload, { region: ncal, choices: { actions: true }, label: 'cw-ncal' })
    const scalActions = await makeMember(payload, { region: scal, choices: { actions: true }, label: 'cw-scal' })
    const bargainingOnly = await makeMember(payload, { region: scal, choices: { bargaining: true }, label: 'cw-bargaining' })
    const id = await publishWithAlert('announcements', [], `Day of action across the coalition ${Date.now()}`)
    await runAlertJob('announcements', id)
    await sendAll()
    expect(smtp.to(ncalActions.email)).toHaveLength(1)
    expect(smtp.to(scalActions.email)).toHaveLength(1)
    expect(smtp.to(bargainingOnly.email)).toHaveLength(0)
  })

  it('is not sent to a member who opted out after it was queued, nor for an item unpublished before the send', async () => {
    const stays = await makeMember(payload, { region: scal, choices: { bargaining: true }, label: 'stays' })
    const leaves = await makeMember(payload, { region: scal, choices: { bargaining: true }, label: 'leaves' })
    const first = await publishWithAlert('bargaining-updates', [scal], `Tentative agreement reached ${Date.now()}`)
    const second = await publishWithAlert('bargaining-updates', [scal], `Posted by mistake ${Date.now()}`)
    await runAlertJob('bargaining-updates', first)
    await runAlertJob('bargaining-updates', second)
    await payload.update({ collection: 'members', id: leaves.id, data: { emailPreferences: { bargaining: false } } })
    await payload.update({ collection: 'bargaining-updates', id: second, data: { _status: 'draft' }, context: { disableRevalidate: true } })

    await sendAll()
    expect(smtp.to(stays.email).map((message) => message.headers.subject)).toEqual([expect.stringContaining('Tentative agreement reached')])
    expect(smtp.to(leaves.email)).toHaveLength(0)
    const mistaken = await deliveries(payload, alertKey('bargaining-updates', second))
    expect(mistaken.filter((row) => row.member_id === stays.id)).toMatchObject([{ status: 'cancelled', last_error: 'unpublished or alert turned off' }])
    const optedOut = await deliveries(payload, alertKey('bargaining-updates', first))
    expect(optedOut.filter((row) => row.member_id === leaves.id)).toMatchObject([{ status: 'cancelled', last_error: 'member opted out' }])
  })

  it('marks an address its mail server refuses for good, and sends it nothing more; a busy mailbox is tried again later', async () => {
    const gone = await makeMember(payload, { region: ncal, choices: { bargaining: true }, label: 'gone' })
    const busy = await makeMember(payload, { region: ncal, choices: { bargaining: true }, label: 'busy' })
    refused.add(gone.email)
    tryLater.add(busy.email)
    const id = await publishWithAlert('bargaining-updates', [ncal], `Strike vote results ${Date.now()}`)
    await runAlertJob('bargaining-updates', id)
    await sendAll()

    const rows = await deliveries(payload, alertKey('bargaining-updates', id))
    expect(rows.find((row) => row.member_id === gone.id)).toMatchObject({ status: 'bounced', last_error: expect.stringContaining('No such mailbox') })
    expect(rows.find((row) => row.member_id === busy.id)).toMatchObject({ status: 'queued', attempts: 1, last_error: expect.stringContaining('try later') })
    const member = await payload.findByID({ collection: 'members', id: gone.id, overrideAccess: true })
    expect(member.emailBouncedAt).toBeTruthy()
    expect(member.emailBounceReason).toContain('No such mailbox')

    // The next alert leaves the refused address out; the busy one's retry is not due yet, so nothing went twice.
    const next = await publishWithAlert('bargaining-updates', [ncal], `Next session moved ${Date.now()}`)
    await runAlertJob('bargaining-updates', next)
    expect((await deliveries(payload, alertKey('bargaining-updates', next))).some((row) => row.member_id === gone.id)).toBe(false)
    tryLater.delete(busy.email)
    await sendAll()
    expect(smtp.to(busy.email).map((message) => message.headers.subject)).toEqual([expect.stringContaining('Next session moved')])
  })

  it('of a scheduled item is queued when the item goes live, not when it was scheduled', async () => {
    const doc = await makeDoc(payload, 'bargaining-updates', { regions: [ncal], title: `Scheduled update ${Date.now()}` })
    await payload.update({ collection: 'bargaining-updates', id: doc.id, data: { alert: { send: true } }, draft: true, context: { disableRevalidate: true } })
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'bargaining-updates', value: doc.id } },
      waitUntil: new Date(Date.now() + 60_000),
    })
    const alertJobs = async () =>
      (await payload.db.pool.query(`select 1 from payload_jobs where task_slug = 'queueAlert' and (input->>'id')::int = $1`, [doc.id])).rowCount
    expect(await alertJobs()).toBe(0)
    await payload.jobs.runByID({ id: job.id })
    expect(await alertJobs()).toBe(1)
  })
})

describe('who may turn an alert on', () => {
  it('regional staff only for their own region’s items; never for another region’s or a coalition-wide one', async () => {
    const own = await makeDoc(payload, 'bargaining-updates', { regions: [ncal] })
    const other = await makeDoc(payload, 'bargaining-updates', { regions: [scal] })
    const wide = await makeDoc(payload, 'bargaining-updates', { regions: [] })
    const token = actors['regional-own'].token
    const patch = (id: number) => rest(`/api/bargaining-updates/${id}?draft=true`, { method: 'PATCH', token, body: { alert: { send: true } } })

    expect((await patch(own.id)).status).toBe(200)
    for (const id of [other.id, wide.id]) {
      const response = await patch(id)
      expect([403, 404]).toContain(response.status)
      const stored = await payload.findByID({ collection: 'bargaining-updates', id, draft: true, overrideAccess: true })
      // Bargaining updates default to alerting; the refused request changed nothing either way.
      expect(stored.updatedAt).toBe((id === other.id ? other : wide).updatedAt)
    }
  })
})
