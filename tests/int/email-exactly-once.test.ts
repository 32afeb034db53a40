import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { alertKey } from '@/lib/email/delivery/states'
import { seed } from '@/scripts/seed/index'

import { makeDoc } from '../helpers/fixtures'
import { startRunner, type Runner } from '../helpers/job-runners'
import { testPayload } from '../helpers/payload'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtpServer'
import { until } from '../helpers/wait'

// The promise of issue 13: a 10,000-member send interrupted by kill -9 and restarted ends with every
// member holding exactly one e-mail. The worker is a real `npm run worker` process sending to a real SMTP
// server; it is killed at the worst moment for a sender that marks rows after the server's answer — the
// instant a message is complete at the server, before the server has said 250 — while its other
// connections are in the middle of theirs.

const MEMBERS = 10_000
// Not a multiple of the worker's 8 connections: the kill lands with part of a batch still on its way.
const KILL_AT = 3_003
const DOMAIN = `once-${Date.now()}.example.org`

let payload: Payload
let smtp: TestSmtpServer
let region: number
const runners: Runner[] = []
let killed: Promise<void> | null = null
let itemId: number | undefined

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  region = (await payload.create({ collection: 'regions', data: { name: 'Exactly-once test region', code: `once${Date.now() % 100000}`, timeZone: 'America/Los_Angeles' } })).id
  // Ten thousand confirmed members who chose bargaining alerts, written in one statement.
  await payload.db.pool.query(
    `insert into members (name, region_id, email, preferred_language, _verified, email_preferences_bargaining,
                          email_preferences_actions, email_preferences_digest, updated_at, created_at)
     select 'Member ' || n, $1, 'member' || n || '@' || $2, 'en', true, true, false, false, now(), now()
     from generate_series(1, $3::int) as n`,
    [region, DOMAIN, MEMBERS],
  )
  smtp = await startSmtpServer({
    onMessage: () => {
      const mine = smtp.messages.filter((message) => message.to[0]?.endsWith(`@${DOMAIN}`)).length
      if (mine === KILL_AT && runners[0]) {
        const first = runners[0].child
        killed = new Promise((resolve) => first.once('exit', () => resolve()))
        first.kill('SIGKILL')
      }
    },
  })
}, 120_000)

afterAll(async () => {
  await Promise.all(runners.map((runner) => runner.stop()))
  await smtp?.close()
  // Other files count the seeded regions and members of this shared database: take ours away again.
  await payload.db.pool.query(`delete from email_deliveries where member_id in (select id from members where email like $1)`, [`%@${DOMAIN}`])
  await payload.db.pool.query(`delete from members where email like $1`, [`%@${DOMAIN}`])
  if (itemId) await payload.delete({ collection: 'bargaining-updates', id: itemId, overrideAccess: true, context: { disableRevalidate: true } })
  await payload.delete({ collection: 'regions', id: region, overrideAccess: true })
}, 120_000)

const sentRows = async (key: string) =>
  Number((await payload.db.pool.query<{ count: string }>(`select count(*) from email_deliveries where key = $1 and status = 'sent'`, [key])).rows[0]!.count)

describe('a 10,000-member alert', () => {
  it('killed with SIGKILL in the middle and restarted, delivers exactly one e-mail to every member', async () => {
    const doc = await makeDoc(payload, 'bargaining-updates', { regions: [region], title: `Exactly once ${Date.now()}` })
    await payload.update({ collection: 'bargaining-updates', id: doc.id, data: { _status: 'published', alert: { send: true } }, context: { disableRevalidate: true } })
    itemId = doc.id
    const key = alertKey('bargaining-updates', doc.id)
    const { rows } = await payload.db.pool.query<{ id: number }>(`select id from payload_jobs where task_slug = 'queueAlert' and (input->>'id')::int = $1`, [doc.id])
    await payload.jobs.runByID({ id: rows[0]!.id })
    expect(Number((await payload.db.pool.query<{ count: string }>(`select count(*) from email_deliveries where key = $1`, [key])).rows[0]!.count)).toBe(MEMBERS)

    const workerEnv = { SMTP_URL: smtp.url, EMAIL_CONNECTIONS: '8', EMAIL_RATE_PER_MINUTE: '0' }
    runners.push(await startRunner(['scripts/worker.ts', '--interval-ms', '250'], 'Job worker started', workerEnv))
    // The schedule starts a sender within 10 s; this starts it on the worker's next tick.
    await payload.jobs.queue({ task: 'sendEmails', input: {} })

    await until(() => Promise.resolve(killed !== null), 180_000, `the first ${KILL_AT} messages`)
    await killed
    const atKill = { received: smtp.messages.filter((message) => message.to[0]?.endsWith(`@${DOMAIN}`)).length, sentRows: await sentRows(key) }
    expect(atKill.sentRows).toBeLessThan(MEMBERS)

    runners.push(await startRunner(['scripts/worker.ts', '--interval-ms', '250'], 'Job worker started', workerEnv))
    const restarted = Date.now()
    await until(async () => (await sentRows(key)) === MEMBERS, 300_000, 'every delivery row sent after the restart', 1000)
    // Let any message still on its way arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 1000))

    const received = smtp.messages.filter((message) => message.to[0]?.endsWith(`@${DOMAIN}`))
    const perMember = new Map<string, number>()
    for (const message of received) perMember.set(message.to[0]!, (perMember.get(message.to[0]!) ?? 0) + 1)
    const twice = [...perMember].filter(([, count]) => count > 1)
    console.log(
      `exactly-once: ${atKill.received} received and ${atKill.sentRows} rows sent when killed; ` +
        `after the restart ${received.length} received by ${perMember.size} members (${Math.round((Date.now() - restarted) / 1000)} s after the restart)`,
    )
    expect(twice).toEqual([])
    expect(perMember.size).toBe(MEMBERS)
    expect(received).toHaveLength(MEMBERS)
    expect(await sentRows(key)).toBe(MEMBERS)
  }, 600_000)
})
