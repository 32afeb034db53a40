import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getCalendar } from '@/lib/editorial/calendar'
import type { CalendarEntry } from '@/lib/editorial/calendarEntry'
import type { User } from '@/payload-types'
import { seed } from '@/scripts/seed/index'

import { type Actor, loadActors, type Role } from '../helpers/actors'
import { makeDoc, regionId } from '../helpers/fixtures'
import { rows } from '../helpers/job-runners'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { scheduleAs } from '../helpers/schedule'

let payload: Payload
let actors: Record<Role, Actor>
let ncal: number
let scal: number
const created: number[] = []
const stamp = Date.now()
const DAY = 24 * 60 * 60 * 1000

const userOf = (role: Exclude<Role, 'anonymous'>): User => actors[role].user!
const week = () => ({ from: new Date(Date.now() - DAY), to: new Date(Date.now() + 7 * DAY) })
const findEntry = (entries: CalendarEntry[], docId: number) => entries.find((entry) => entry.docId === docId && entry.collection === 'announcements')
const jobsFor = async (docId: number) =>
  rows<{ id: number; has_error: boolean | null }>(payload, sql`select id, has_error from payload_jobs where task_slug = 'schedulePublish' and input->'doc'->>'value' = ${String(docId)}`)
const runDueJobs = () => payload.jobs.run({ queue: 'default', limit: 100 })

async function scheduled(title: string, regions: number[], dueInMs: number) {
  const doc = await makeDoc(payload, 'announcements', { regions, title })
  created.push(doc.id)
  expect(await scheduleAs(payload, actors.communications, doc.id, 'publish', new Date(Date.now() + dueInMs))).not.toHaveProperty('error')
  return doc.id
}

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  actors = await loadActors(payload)
  ncal = await regionId(payload, 'ncal')
  scal = await regionId(payload, 'scal')
})

afterAll(async () => {
  for (const id of created) {
    await payload.delete({ collection: 'payload-jobs', where: { 'input.doc.value': { equals: String(id) } }, overrideAccess: true }).catch(() => undefined)
    await payload.delete({ collection: 'announcements', id, overrideAccess: true, context: { disableRevalidate: true } }).catch(() => undefined)
  }
})

describe('calendar data, scoped by who asks', () => {
  let own: number
  let other: number
  let wide: number

  beforeAll(async () => {
    own = await scheduled(`Cal NCAL ${stamp}`, [ncal], 3 * DAY)
    other = await scheduled(`Cal SCAL ${stamp}`, [scal], 3 * DAY)
    wide = await scheduled(`Cal wide ${stamp}`, [], 4 * DAY)
  })

  it('shows admins and communications every scheduled publish, with its regions, time zone, scheduler and link', async () => {
    for (const role of ['admin', 'communications'] as const) {
      const { entries } = await getCalendar(payload, userOf(role), week())
      for (const id of [own, other, wide]) expect(findEntry(entries, id), `${role} sees ${id}`).toBeDefined()
    }
    const entry = findEntry((await getCalendar(payload, userOf('admin'), week())).entries, own)!
    expect(entry).toMatchObject({
      kind: 'publish',
      status: 'scheduled',
      title: `Cal NCAL ${stamp}`,
      link: `/admin/collections/announcements/${own}`,
      who: { id: userOf('communications').id, name: userOf('communications').name },
      failure: null,
    })
    expect(entry.regions).toEqual([expect.objectContaining({ id: ncal, code: 'ncal', timeZone: expect.any(String) })])
    const [job] = await jobsFor(own)
    expect(entry.jobId).toBe(job!.id)
  })

  it('shows regional staff their own region only: not another region’s, not coalition-wide', async () => {
    const ownView = (await getCalendar(payload, userOf('regional-own'), week())).entries
    expect(findEntry(ownView, own)).toBeDefined()
    expect(findEntry(ownView, other)).toBeUndefined()
    expect(findEntry(ownView, wide)).toBeUndefined()

    const otherView = (await getCalendar(payload, userOf('regional-other'), week())).entries
    expect(findEntry(otherView, other)).toBeDefined()
    expect(findEntry(otherView, own)).toBeUndefined()
  })

  it('filters by region, collection and author', async () => {
    const admin = userOf('admin')
    const byRegion = (await getCalendar(payload, admin, week(), { region: scal })).entries
    expect(findEntry(byRegion, other)).toBeDefined()
    expect(findEntry(byRegion, own)).toBeUndefined()

    expect(findEntry((await getCalendar(payload, admin, week(), { collection: 'pages' })).entries, own)).toBeUndefined()
    expect(findEntry((await getCalendar(payload, admin, week(), { collection: 'announcements' })).entries, own)).toBeDefined()

    expect(findEntry((await getCalendar(payload, admin, week(), { author: userOf('regional-other').id })).entries, own)).toBeUndefined()
    expect(findEntry((await getCalendar(payload, admin, week(), { author: userOf('communications').id })).entries, own)).toBeDefined()
  })

  it('leaves out what falls outside the range', async () => {
    const { entries } = await getCalendar(payload, userOf('admin'), { from: new Date(Date.now() + 10 * DAY), to: new Date(Date.now() + 20 * DAY) })
    expect(findEntry(entries, own)).toBeUndefined()
  })
})

describe('failed schedules', () => {
  let deleted: number
  let invalid: number

  beforeAll(async () => {
    deleted = await scheduled(`Cal deleted ${stamp}`, [ncal], -1000)
    await payload.delete({ collection: 'announcements', id: deleted, overrideAccess: true, context: { disableRevalidate: true } })
    // A draft may break the rules (drafts skip validation); publishing it may not: a summary is 400 characters at most.
    invalid = await scheduled(`Cal invalid ${stamp}`, [ncal], -1000)
    await payload.update({ collection: 'announcements', id: invalid, draft: true, data: { summary: 'x'.repeat(401) }, overrideAccess: true, context: { disableRevalidate: true } })
    await runDueJobs()
  })

  it('lists each with a reason a person can act on, in red (status failed), whatever the range', async () => {
    expect((await jobsFor(invalid))[0]?.has_error).toBe(true)
    const { failures, entries } = await getCalendar(payload, userOf('communications'), week())
    const gone = failures.find((entry) => entry.docId === deleted)!
    expect(gone).toMatchObject({ status: 'failed', title: '(deleted)', link: null, canRetry: true, failure: { cause: 'deleted' } })
    expect(gone.failure!.reason).toMatch(/deleted/)

    const refused = failures.find((entry) => entry.docId === invalid)!
    expect(refused).toMatchObject({ status: 'failed', title: `Cal invalid ${stamp}`, canRetry: true, failure: { cause: 'validation' } })
    expect(refused.failure!.reason).toMatch(/Summary/)
    // Due a second before the run: on today's grid too.
    expect(findEntry(entries, invalid)?.status).toBe('failed')

    const later = await getCalendar(payload, userOf('communications'), { from: new Date(Date.now() + 30 * DAY), to: new Date(Date.now() + 40 * DAY) })
    expect(later.failures.some((entry) => entry.docId === invalid)).toBe(true)
  })

  it('keeps another region’s failures from regional staff', async () => {
    const { failures } = await getCalendar(payload, userOf('regional-other'), week())
    expect(failures.some((entry) => entry.docId === invalid)).toBe(false)
    // Deleted, and scheduled by someone else: nothing to show them either.
    expect(failures.some((entry) => entry.docId === deleted)).toBe(false)
  })

  it('refuses a retry from staff who cannot edit the document, and bad input, changing nothing', async () => {
    const [job] = await jobsFor(invalid)
    const otherRegion = await rest('/api/calendar/retry', { method: 'POST', token: actors['regional-other'].token, body: { jobId: job!.id } })
    expect(otherRegion.status).toBe(404)
    expect((await rest('/api/calendar/retry', { method: 'POST', body: { jobId: job!.id } })).status).toBe(401)
    const malformed = await rest('/api/calendar/retry', { method: 'POST', token: actors.communications.token, body: { jobId: 'twelve' } })
    expect(malformed.status).toBe(400)
    expect(malformed.json.fields).toHaveProperty('jobId')
    const past = await rest('/api/calendar/retry', { method: 'POST', token: actors.communications.token, body: { jobId: job!.id, at: '2020-01-01T00:00:00Z' } })
    expect(past.status).toBe(400)
    expect(await jobsFor(invalid)).toEqual([job])
  })

  it('retries: the fixed item is queued again as the retrier, then publishes', async () => {
    await payload.update({ collection: 'announcements', id: invalid, draft: true, data: { summary: 'Fixed.' }, overrideAccess: true, context: { disableRevalidate: true } })
    const [failed] = await jobsFor(invalid)
    // Regional staff of a region that is not trusted may not publish by hand, so not by a retry either.
    const unreviewed = await rest('/api/calendar/retry', { method: 'POST', token: actors['regional-own'].token, body: { jobId: failed!.id } })
    expect(unreviewed.status).toBe(403)
    expect(await jobsFor(invalid)).toEqual([failed])
    const answer = await rest('/api/calendar/retry', { method: 'POST', token: actors.communications.token, body: { jobId: failed!.id } })
    expect(answer.status).toBe(200)
    const jobs = await jobsFor(invalid)
    expect(jobs).toHaveLength(1)
    expect(jobs[0]!.id).not.toBe(failed!.id)
    expect(jobs[0]!.has_error).toBe(false)

    await runDueJobs()
    const live = await payload.findByID({ collection: 'announcements', id: invalid, depth: 0 })
    expect(live._status).toBe('published')
    expect(live.publishedBy).toBe(userOf('communications').id)
    const { entries, failures } = await getCalendar(payload, userOf('communications'), week())
    expect(failures.some((entry) => entry.docId === invalid)).toBe(false)
    expect(findEntry(entries, invalid)).toMatchObject({ kind: 'published', status: 'published', who: { id: userOf('communications').id } })
  })

  it('dismisses a schedule whose document is gone', async () => {
    const [job] = await jobsFor(deleted)
    expect((await rest('/api/calendar/dismiss', { method: 'POST', token: actors['regional-other'].token, body: { jobId: job!.id } })).status).toBe(404)
    expect((await rest('/api/calendar/dismiss', { method: 'POST', token: actors.communications.token, body: { jobId: job!.id } })).status).toBe(200)
    expect(await jobsFor(deleted)).toEqual([])
  })
})

describe('the .ics feed', () => {
  let own: number
  let other: number

  beforeAll(async () => {
    own = await scheduled(`Feed NCAL ${stamp}`, [ncal], 2 * DAY)
    other = await scheduled(`Feed SCAL ${stamp}`, [scal], 2 * DAY)
  })

  const pathOf = (url: string) => new URL(url).pathname
  const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '')

  it('gives each staff member their own calendar, as if they asked', async () => {
    const comms = await rest('/api/calendar/feed-token', { method: 'POST', token: actors.communications.token })
    expect(comms.status).toBe(200)
    const feed = await rest(pathOf(String(comms.json.url)))
    expect(feed.status).toBe(200)
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/)
    const text = unfold(feed.text)
    expect(text).toContain('BEGIN:VCALENDAR')
    expect(text).toContain(`SUMMARY:Publishes: Feed NCAL ${stamp}`)
    expect(text).toContain(`SUMMARY:Publishes: Feed SCAL ${stamp}`)
    expect(text).toContain(`/admin/collections/announcements/${own}`)

    const regional = await rest('/api/calendar/feed-token', { method: 'POST', token: actors['regional-own'].token })
    const regionalText = unfold((await rest(pathOf(String(regional.json.url)))).text)
    expect(regionalText).toContain(`Feed NCAL ${stamp}`)
    expect(regionalText).not.toContain(`Feed SCAL ${stamp}`)
    expect(regionalText).not.toContain(`/announcements/${other}`)
  })

  it('stores only a hash; resetting or turning it off makes the old address 404', async () => {
    const first = String((await rest('/api/calendar/feed-token', { method: 'POST', token: actors.admin.token })).json.url)
    const token = first.split('/').pop()!.replace(/\.ics$/, '')
    const stored = await rows<{ token_hash: string }>(payload, sql`select token_hash from calendar_feeds where user_id = ${userOf('admin').id}`)
    expect(stored).toHaveLength(1)
    expect(stored[0]!.token_hash).not.toContain(token)
    expect(stored[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/)

    const second = String((await rest('/api/calendar/feed-token', { method: 'POST', token: actors.admin.token })).json.url)
    expect(second).not.toBe(first)
    expect((await rest(pathOf(first))).status).toBe(404)
    expect((await rest(pathOf(second))).status).toBe(200)

    expect((await rest('/api/calendar/feed-token', { method: 'DELETE', token: actors.admin.token })).status).toBe(204)
    expect((await rest(pathOf(second))).status).toBe(404)
  })

  it('answers 404 alike for garbage and unknown tokens, and refuses anonymous token requests', async () => {
    const unknown = await rest(`/api/calendar/feed/${'A'.repeat(43)}.ics`)
    const garbage = await rest('/api/calendar/feed/nope.ics')
    expect(unknown.status).toBe(404)
    expect(garbage.status).toBe(404)
    expect(unknown.text).toBe(garbage.text)
    expect((await rest('/api/calendar/feed-token', { method: 'POST' })).status).toBe(401)
  })
})
