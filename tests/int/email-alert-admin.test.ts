// The admin's alert panel, through its endpoints (collections/shared/endpoints/alertEndpoints.ts): an
// item's sends by status and its waiting alert job, the e-mail previewed from the current draft, a test
// sent to oneself — only for staff who may edit the item.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { outbox } from '@/lib/email/outbox'
import { alertKey } from '@/lib/email/delivery/states'
import { JOB_QUEUE } from '@/lib/jobs/queueSchedule'
import { LIMITS } from '@/lib/rateLimit/limits'
import { seed } from '@/scripts/seed/index'

import { type Actor, loadActors, type Role } from '../helpers/actors'
import { makeDoc, regionId } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { contentCleanup, freshIp, type SignedInMember, signUpAndConfirm, uniqueEmail } from './members-fixtures'

let payload: Payload
let actors: Record<Role, Actor>
let member: SignedInMember
let ncal: number
let scal: number
const cleanup = contentCleanup(() => payload)
const itemIds: number[] = []

/** An announcement for these regions (none: coalition-wide), removed after the file. */
async function announcement(regions: number[], status: 'draft' | 'published' = 'draft', title?: string) {
  const doc = cleanup.track('announcements', await makeDoc(payload, 'announcements', { regions, status, title }))
  itemIds.push(doc.id)
  return doc.id
}

const as = (role: Role) => ({ token: actors[role].token, headers: freshIp() })
const alertPath = (id: number | string, tail = '') => `/api/announcements/${id}/alert${tail}`

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  actors = await loadActors(payload)
  ncal = await regionId(payload, 'ncal')
  scal = await regionId(payload, 'scal')
  member = await signUpAndConfirm(payload, ncal)
})

afterAll(async () => {
  await payload.db.pool.query(`delete from email_deliveries where item_collection = 'announcements' and item_id = any($1::int[])`, [itemIds])
  await payload.db.pool.query(`delete from payload_jobs where task_slug = 'queueAlert' and input->>'collection' = 'announcements' and (input->>'id')::int = any($1::int[])`, [itemIds])
  await cleanup.run()
})

describe('GET /api/<collection>/:id/alert', () => {
  it('counts the item’s deliveries by status, with the first and last send', async () => {
    const id = await announcement([ncal], 'published')
    const empty = await rest(alertPath(id), as('communications'))
    expect(empty.status).toBe(200)
    expect(empty.json).toEqual({ queued: 0, sent: 0, failed: 0, bounced: 0, cancelled: 0, firstSentAt: null, lastSentAt: null, pending: false, sendsAt: null })

    const rows: Array<[string, string | null]> = [
      ['sent', '2026-03-02T10:00:00.000Z'],
      ['sent', '2026-03-02T10:05:00.000Z'],
      ['sent', '2026-03-02T10:01:00.000Z'],
      ['failed', null],
      ['bounced', '2026-03-02T10:02:00.000Z'],
      // Due far ahead, so no sender in a later file picks it up before the clean-up.
      ['queued', null],
    ]
    for (const [status, sentAt] of rows) {
      const owner = await payload.create({
        collection: 'members',
        data: { name: 'Delivery Fixture', email: uniqueEmail('delivery'), password: 'Member-pass-2026', region: ncal, preferredLanguage: 'en' },
        disableVerificationEmail: true,
        overrideAccess: true,
      })
      await payload.db.pool.query(
        `insert into email_deliveries (member_id, key, kind, item_collection, item_id, status, attempts, next_attempt_at, sent_at)
         values ($1, $2, 'alert', 'announcements', $3, $4, 1, now() + interval '30 days', $5)`,
        [owner.id, alertKey('announcements', id), id, status, sentAt],
      )
    }
    const { status, json } = await rest(alertPath(id), as('communications'))
    expect(status).toBe(200)
    expect(json).toMatchObject({ queued: 1, sent: 3, failed: 1, bounced: 1, cancelled: 0, pending: false, sendsAt: null })
    expect(json.firstSentAt).toBe('2026-03-02T10:00:00.000Z')
    expect(json.lastSentAt).toBe('2026-03-02T10:05:00.000Z')
  })

  it('shows a queueAlert job still waiting for the item, and when it may run', async () => {
    const id = await announcement([ncal], 'published')
    const other = await announcement([ncal], 'published')
    const waitUntil = new Date(Date.now() + 10 * 60_000)
    await payload.jobs.queue({ task: 'queueAlert', input: { collection: 'announcements', id: other }, queue: JOB_QUEUE, waitUntil })
    expect((await rest(alertPath(id), as('communications'))).json).toMatchObject({ pending: false, sendsAt: null })

    await payload.jobs.queue({ task: 'queueAlert', input: { collection: 'announcements', id }, queue: JOB_QUEUE, waitUntil })
    const { json } = await rest(alertPath(id), as('communications'))
    expect(json).toMatchObject({ pending: true, sendsAt: waitUntil.toISOString() })
  })
})

describe('GET /api/<collection>/:id/alert/preview', () => {
  it('is the e-mail from the current draft, in English and Spanish', async () => {
    const id = await announcement([], 'published', `Published title ${Date.now()}`)
    const draftTitle = `Draft title ${Date.now()}`
    await payload.update({ collection: 'announcements', id, data: { title: draftTitle }, draft: true, context: { disableRevalidate: true } })

    for (const lang of ['en', 'es']) {
      const { status, text, headers } = await rest(alertPath(id, `/preview?lang=${lang}`), as('communications'))
      expect(status, lang).toBe(200)
      expect(headers.get('content-type')).toMatch(/^text\/html/)
      expect(headers.get('cache-control')).toBe('no-store')
      expect(text).toContain(draftTitle)
      expect(text).not.toContain('Published title')
    }
    // Without ?lang: English.
    expect((await rest(alertPath(id, '/preview'), as('communications'))).status).toBe(200)
  })

  it('previews an item never published', async () => {
    const title = `Never published ${Date.now()}`
    const id = await announcement([ncal], 'draft', title)
    const { status, text } = await rest(alertPath(id, '/preview?lang=en'), as('admin'))
    expect(status).toBe(200)
    expect(text).toContain(title)
  })
})

describe('who may use the alert endpoints', () => {
  const paths = (id: number | string) => [
    { method: 'GET', path: alertPath(id) },
    { method: 'GET', path: alertPath(id, '/preview?lang=en') },
    { method: 'POST', path: alertPath(id, '/test?lang=en') },
  ]

  it('regional staff: their own regions’ items only, never coalition-wide ones', async () => {
    const own = await announcement([ncal], 'draft', `NCAL item ${Date.now()}`)
    for (const { method, path } of paths(own)) expect((await rest(path, { method, ...as('regional-own') })).status, path).toBe(200)

    const refusals: Array<[string, number, number]> = [
      ['other region, draft', await announcement([scal], 'draft'), 404],
      ['other region, published', await announcement([scal], 'published'), 403],
      ['other region and theirs', await announcement([ncal, scal], 'published'), 403],
      ['coalition-wide, draft', await announcement([], 'draft'), 404],
      ['coalition-wide, published', await announcement([], 'published'), 403],
    ]
    const sentBefore = outbox(actors['regional-own'].user!.email).length
    for (const [label, id, expected] of refusals) {
      for (const { method, path } of paths(id)) {
        const { status, json } = await rest(path, { method, ...as('regional-own') })
        expect(status, `${label} ${method} ${path}`).toBe(expected)
        expect(json.code).toBe(expected === 403 ? 'forbidden' : 'not-found')
        expect(typeof json.error).toBe('string')
      }
    }
    expect(outbox(actors['regional-own'].user!.email)).toHaveLength(sentBefore)
  })

  it('anonymous: 401; a signed-in member: 403', async () => {
    const id = await announcement([ncal], 'published')
    for (const { method, path } of paths(id)) {
      const anonymous = await rest(path, { method, headers: freshIp() })
      expect(anonymous.status, path).toBe(401)
      expect(anonymous.json.code).toBe('unauthorized')
      const asMember = await rest(path, { method, token: member.token, headers: freshIp() })
      expect(asMember.status, path).toBe(403)
      expect(asMember.json.code).toBe('forbidden')
    }
  })

  it('bad ids and languages: 400, never a 500; a missing item: 404', async () => {
    const id = await announcement([ncal], 'published')
    for (const bad of ['abc', '0', '-3', '1.5', '1e3', '0x10', '99999999999', '%20%207']) {
      for (const { method, path } of paths(bad)) {
        const { status, json } = await rest(path, { method, ...as('communications') })
        expect(status, `${method} ${path}`).toBe(400)
        expect(json).toMatchObject({ code: 'invalid', fields: { id: expect.any(String) } })
      }
    }
    for (const lang of ['fr', 'EN', '', 'en,es']) {
      for (const [method, path] of [['GET', alertPath(id, `/preview?lang=${lang}`)], ['POST', alertPath(id, `/test?lang=${lang}`)]] as const) {
        const { status, json } = await rest(path, { method, ...as('communications') })
        expect(status, `${method} ${path}`).toBe(400)
        expect(json).toMatchObject({ code: 'invalid', fields: { lang: expect.any(String) } })
      }
    }
    expect((await rest(alertPath(2_147_483_647), as('communications'))).status).toBe(404)
  })
})

describe('POST /api/<collection>/:id/alert/test', () => {
  it('e-mails the preview to the signed-in staff member, marked as a test', async () => {
    const title = `Test send ${Date.now()}`
    const id = await announcement([ncal], 'draft', title)
    const to = actors.communications.user!.email
    const { status, json } = await rest(alertPath(id, '/test?lang=es'), { method: 'POST', ...as('communications') })
    expect(status).toBe(200)
    expect(json).toEqual({ sentTo: to })
    const message = outbox(to)[0]
    expect(message?.subject).toMatch(/^\[Test\] /)
    expect(message?.subject).toContain(title)
    expect(message?.html).toContain(title)
    expect(message?.text).toContain(title)
  })

  it('is limited to a few a minute per staff member: then 429 with Retry-After', async () => {
    const id = await announcement([], 'draft')
    const allowed = LIMITS.alertTest.account.points
    for (let attempt = 0; attempt < allowed; attempt++) {
      expect((await rest(alertPath(id, '/test'), { method: 'POST', ...as('admin') })).status).toBe(200)
    }
    const refused = await rest(alertPath(id, '/test'), { method: 'POST', ...as('admin') })
    expect(refused.status).toBe(429)
    expect(refused.json.code).toBe('rate-limited')
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    // Another staff member is not held up by it.
    expect((await rest(alertPath(id, '/test'), { method: 'POST', ...as('communications') })).status).toBe(200)
  })
})
