import { sql } from '@payloadcms/db-postgres'
import { getAccessResults, isEntityHidden, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { regionDrafts } from '@/lib/dashboard/drafts'
import { weekEngagement } from '@/lib/dashboard/engagement'
import { myReviews, reviewQueueSummary } from '@/lib/dashboard/reviews'
import { failedSchedules, upcomingSchedules } from '@/lib/dashboard/schedules'
import { staffChanges } from '@/lib/dashboard/staffChanges'
import type { ItemList } from '@/lib/dashboard/types'
import { roleLayout, SCHEDULE_DAYS } from '@/lib/dashboard/layout'
import { createStaffUser } from '@/lib/users/createStaffUser'
import type { User } from '@/payload-types'
import { seed } from '@/scripts/seed/index'

import { type Actor, loadActors, reqFor, type Role } from '../helpers/actors'
import { makeDoc, regionId } from '../helpers/fixtures'
import { rows } from '../helpers/job-runners'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { scheduleAs } from '../helpers/schedule'

// The dashboard widgets' data (lib/dashboard) per role: what each person's dashboard lists, read
// through Payload's access rules. One fixture per row of the table; ✓ = that role's widget lists it.

type Staff = 'admin' | 'communications' | 'regional-own' | 'regional-other'
const STAFF: Staff[] = ['admin', 'communications', 'regional-own', 'regional-other']
const DAY = 24 * 60 * 60 * 1000
const stamp = Date.now()

let payload: Payload
let actors: Record<Role, Actor>
let ncal: number
let scal: number
let testRegion: number
const docs: Record<string, number> = {}
const extra = { signatures: [] as number[], stories: [] as number[], users: [] as number[], campaigns: [] as number[] }
let signaturesBefore: Record<Staff, number>

const userOf = (role: Staff): User => actors[role].user!
const keysOf = (list: ItemList) => list.items.map((item) => item.key)
const key = (name: string, collection = 'announcements') => `${collection}-${docs[name]}`

async function announcement(name: string, regions: number[], status: 'draft' | 'published' = 'draft') {
  docs[name] = (await makeDoc(payload, 'announcements', { regions, status, title: `Dash ${name} ${stamp}` })).id
  return docs[name]
}

async function schedule(name: string, regions: number[], dueInMs: number) {
  const id = await announcement(name, regions)
  expect(await scheduleAs(payload, actors.communications, id, 'publish', new Date(Date.now() + dueInMs))).not.toHaveProperty('error')
}

async function review(name: string, actor: Actor, body: Record<string, unknown>) {
  const response = await rest(`/api/announcements/${docs[name]}/review`, { method: 'POST', token: actor.token, body })
  expect(response.status, `${String(body.action)} ${name}`).toBe(200)
}

async function weekTotals(): Promise<Record<Staff, number>> {
  const totals = await Promise.all(STAFF.map(async (role) => (await weekEngagement(payload, userOf(role), new Date())).signatures.total))
  return Object.fromEntries(STAFF.map((role, index) => [role, totals[index]!])) as Record<Staff, number>
}

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  actors = await loadActors(payload)
  ncal = await regionId(payload, 'ncal')
  scal = await regionId(payload, 'scal')
  // A region of this file's own (removed afterwards), so the review queue's count for it is exactly what this file put there.
  const existing = await payload.find({ collection: 'regions', where: { code: { equals: 'dashx' } }, limit: 1 })
  testRegion = existing.docs[0]?.id ?? (await payload.create({ collection: 'regions', data: { name: 'Dashboard Test Region', code: 'dashx', timeZone: 'America/Denver' } })).id

  // Drafts: one per region, one coalition-wide; a published item is not a draft.
  await announcement('draft-ncal', [ncal])
  await announcement('draft-scal', [scal])
  await announcement('draft-wide', [])
  await announcement('live-ncal', [ncal], 'published')

  // Schedules: soon in each region, and one 10 days out (inside regional staff's 14 days, outside the desk's 7).
  await schedule('soon-ncal', [ncal], 3 * DAY)
  await schedule('soon-scal', [scal], 3 * DAY)
  await schedule('later-ncal', [ncal], 10 * DAY)

  // Failed schedules: due a second ago, and publishing them is refused (a summary is 400 characters at most).
  for (const [name, region] of [['failed-ncal', ncal], ['failed-scal', scal]] as const) {
    await schedule(name, [region], -1000)
    await payload.update({ collection: 'announcements', id: docs[name]!, draft: true, data: { summary: 'x'.repeat(401) }, overrideAccess: true, context: { disableRevalidate: true } })
  }
  await payload.jobs.run({ queue: 'default', limit: 100 })

  // Review: waiting in NCAL (from its editor) and SCAL (from its editor), two in the test region, one sent back.
  await announcement('waiting-ncal', [ncal])
  await review('waiting-ncal', actors['regional-own'], { action: 'submit' })
  await announcement('waiting-scal', [scal])
  await review('waiting-scal', actors['regional-other'], { action: 'submit' })
  for (const name of ['waiting-x1', 'waiting-x2']) {
    await announcement(name, [testRegion])
    await review(name, actors.communications, { action: 'submit' })
  }
  await announcement('sent-back', [ncal])
  await review('sent-back', actors['regional-own'], { action: 'submit' })
  await review('sent-back', actors.communications, { action: 'request_changes', note: `Add the meeting date ${stamp}` })

  // Signatures: 2 in NCAL and 1 in SCAL this week, and one from 10 days ago that no week counts.
  signaturesBefore = await weekTotals()
  const campaign = await makeDoc(payload, 'campaigns', { status: 'published', title: `Dash campaign ${stamp}` })
  extra.campaigns.push(campaign.id)
  for (const [index, region] of [ncal, ncal, scal, ncal].entries()) {
    const signature = await payload.create({ collection: 'signatures', data: { campaign: campaign.id, name: `Dash Signer ${index}`, email: `dash.${stamp}.${index}@example.org`, region } })
    extra.signatures.push(signature.id)
  }
  await rows(payload, sql`update signatures set created_at = now() - interval '10 days' where id = ${extra.signatures[3]!}`)

  // Stories: pending in NCAL and SCAL; an approved one is not waiting.
  for (const [name, region, status] of [['story-ncal', ncal, 'pending'], ['story-scal', scal, 'pending'], ['story-done', ncal, 'approved']] as const) {
    const story = await payload.create({ collection: 'stories', data: { region, text: `Dash story ${stamp}`, consentToPublish: true, status } })
    docs[name] = story.id
    extra.stories.push(story.id)
  }

  // A staff change: an admin makes a new regional editor a communications staff member.
  const person = await createStaffUser(payload, { email: `dash.staff.${stamp}@example.org`, password: 'Dash-staff-2026!', role: 'regional', regions: ['ncal'], name: `Dash Staffer ${stamp}` })
  extra.users.push(person.id)
  await payload.update({ collection: 'users', id: person.id, data: { role: 'communications' }, req: await reqFor(payload, actors.admin), overrideAccess: false, user: userOf('admin') })
}, 240_000)

afterAll(async () => {
  const ids = Object.entries(docs).filter(([name]) => !name.startsWith('story')).map(([, id]) => id)
  await payload.delete({ collection: 'payload-jobs', where: { 'input.doc.value': { in: ids.map(String) } }, overrideAccess: true }).catch(() => undefined)
  for (const id of ids) await payload.delete({ collection: 'announcements', id, overrideAccess: true, context: { disableRevalidate: true } }).catch(() => undefined)
  for (const id of extra.signatures) await payload.delete({ collection: 'signatures', id, overrideAccess: true }).catch(() => undefined)
  for (const id of extra.stories) await payload.delete({ collection: 'stories', id, overrideAccess: true }).catch(() => undefined)
  for (const id of extra.campaigns) await payload.delete({ collection: 'campaigns', id, overrideAccess: true, context: { disableRevalidate: true } }).catch(() => undefined)
  for (const id of extra.users) await payload.delete({ collection: 'users', id, overrideAccess: true }).catch(() => undefined)
  // Last: its items are gone. Other files count the seeded regions.
  await payload.delete({ collection: 'regions', id: testRegion, overrideAccess: true })
})

const DESK = { admin: true, communications: true }
const NCAL = { ...DESK, 'regional-own': true, 'regional-other': false }
const SCAL = { ...DESK, 'regional-own': false, 'regional-other': true }
const NONE = { admin: false, communications: false, 'regional-own': false, 'regional-other': false }

describe('each role’s widgets list what that role may see, and nothing of another region', () => {
  const table: Array<{ widget: string; fixture: string; read: (user: User) => Promise<ItemList>; item: () => string; sees: Record<Staff, boolean> }> = [
    { widget: 'drafts', fixture: 'NCAL draft', read: (user) => regionDrafts(payload, user, 200), item: () => key('draft-ncal'), sees: NCAL },
    { widget: 'drafts', fixture: 'SCAL draft', read: (user) => regionDrafts(payload, user, 200), item: () => key('draft-scal'), sees: SCAL },
    { widget: 'drafts', fixture: 'coalition-wide draft', read: (user) => regionDrafts(payload, user, 200), item: () => key('draft-wide'), sees: { ...NONE, ...DESK } },
    { widget: 'drafts', fixture: 'published item', read: (user) => regionDrafts(payload, user, 200), item: () => key('live-ncal'), sees: NONE },
    { widget: 'scheduled', fixture: 'NCAL, in 3 days', read: (user) => upcomingSchedules(payload, user, new Date(), SCHEDULE_DAYS[user.role], 500), item: () => `soon-ncal`, sees: NCAL },
    { widget: 'scheduled', fixture: 'SCAL, in 3 days', read: (user) => upcomingSchedules(payload, user, new Date(), SCHEDULE_DAYS[user.role], 500), item: () => `soon-scal`, sees: SCAL },
    { widget: 'scheduled', fixture: 'NCAL, in 10 days', read: (user) => upcomingSchedules(payload, user, new Date(), SCHEDULE_DAYS[user.role], 500), item: () => `later-ncal`, sees: { ...NONE, 'regional-own': true } },
    { widget: 'failed schedules', fixture: 'NCAL', read: (user) => failedSchedules(payload, user, new Date(), 500), item: () => `failed-ncal`, sees: NCAL },
    { widget: 'failed schedules', fixture: 'SCAL', read: (user) => failedSchedules(payload, user, new Date(), 500), item: () => `failed-scal`, sees: SCAL },
    { widget: 'review queue', fixture: 'NCAL waiting', read: async (user) => (await reviewQueueSummary(payload, user, 500)).queue, item: () => key('waiting-ncal'), sees: NCAL },
    { widget: 'review queue', fixture: 'SCAL waiting', read: async (user) => (await reviewQueueSummary(payload, user, 500)).queue, item: () => key('waiting-scal'), sees: SCAL },
    { widget: 'my reviews: waiting', fixture: 'NCAL waiting', read: async (user) => (await myReviews(payload, user, 500)).waiting, item: () => key('waiting-ncal'), sees: NCAL },
    { widget: 'my reviews: sent back', fixture: 'sent back to the NCAL editor', read: async (user) => (await myReviews(payload, user, 500)).sentBack, item: () => key('sent-back'), sees: { ...NONE, 'regional-own': true } },
    { widget: 'this week: stories', fixture: 'NCAL pending', read: async (user) => (await weekEngagement(payload, user, new Date(), { stories: 500 })).pendingStories, item: () => `stories-${docs['story-ncal']}`, sees: NCAL },
    { widget: 'this week: stories', fixture: 'SCAL pending', read: async (user) => (await weekEngagement(payload, user, new Date(), { stories: 500 })).pendingStories, item: () => `stories-${docs['story-scal']}`, sees: SCAL },
    { widget: 'this week: stories', fixture: 'approved story', read: async (user) => (await weekEngagement(payload, user, new Date(), { stories: 500 })).pendingStories, item: () => `stories-${docs['story-done']}`, sees: NONE },
  ]

  // Schedules are keyed by their job; find them by the document's title instead.
  const scheduleTitles = new Set(['soon-ncal', 'soon-scal', 'later-ncal', 'failed-ncal', 'failed-scal'])

  for (const row of table) {
    it(`${row.widget}: ${row.fixture}`, async () => {
      const seen: Record<string, boolean> = {}
      for (const role of STAFF) {
        const list = await row.read(userOf(role))
        const wanted = row.item()
        seen[role] = scheduleTitles.has(wanted) ? list.items.some((item) => item.title === `Dash ${wanted} ${stamp}`) : keysOf(list).includes(wanted)
        expect(list.total, `${role}: total counts at least what it lists`).toBeGreaterThanOrEqual(list.items.length)
      }
      expect(seen).toEqual(row.sees)
    })
  }
})

describe('what each line says', () => {
  it('a failed schedule says why, links to the item, and is marked as an alert', async () => {
    const { items } = await failedSchedules(payload, userOf('regional-own'), new Date(), 500)
    const failed = items.find((item) => item.title === `Dash failed-ncal ${stamp}`)!
    expect(failed).toMatchObject({ alert: true, link: `/admin/collections/announcements/${docs['failed-ncal']}`, regions: ['Northern California'] })
    expect(failed.detail).toMatch(/Summary/)
  })

  it('a schedule says what happens and who set it', async () => {
    const { items } = await upcomingSchedules(payload, userOf('regional-own'), new Date(), 14, 500)
    const soon = items.find((item) => item.title === `Dash soon-ncal ${stamp}`)!
    expect(soon.detail).toBe(`Goes live · scheduled by ${userOf('communications').name}`)
    expect(new Date(soon.when!).getTime() - Date.now()).toBeGreaterThan(2 * DAY)
    // Soonest first.
    const whens = items.map((item) => item.when!)
    expect(whens).toEqual([...whens].sort())
  })

  it('an item sent back carries the reviewer’s note', async () => {
    const { sentBack } = await myReviews(payload, userOf('regional-own'), 500)
    expect(sentBack.items.find((item) => item.key === key('sent-back'))).toMatchObject({ detail: `Changes requested: “Add the meeting date ${stamp}”`, link: `/admin/collections/announcements/${docs['sent-back']}` })
  })

  it('the review queue counts per region: exactly the two items waiting in a region of its own', async () => {
    for (const role of ['admin', 'communications'] as const) {
      const { byRegion } = await reviewQueueSummary(payload, userOf(role))
      expect(byRegion.find((row) => row.region === 'Dashboard Test Region'), role).toEqual({ region: 'Dashboard Test Region', count: 2 })
    }
    const regional = await reviewQueueSummary(payload, userOf('regional-own'))
    expect(regional.byRegion.map((row) => row.region)).toEqual(['Northern California'])
  })

  it('the week’s new signatures: 3 more for the desk, 2 for the NCAL editor, 1 for the SCAL editor; 10 days ago does not count', async () => {
    const after = await weekTotals()
    expect(Object.fromEntries(STAFF.map((role) => [role, after[role] - signaturesBefore[role]]))).toEqual({ admin: 3, communications: 3, 'regional-own': 2, 'regional-other': 1 })
    const { signatures } = await weekEngagement(payload, userOf('regional-own'), new Date(), { campaigns: 50 })
    expect(signatures.byCampaign.find((row) => row.campaign === `Dash campaign ${stamp}`)).toMatchObject({ count: 2, link: `/admin/collections/signatures?where[campaign][equals]=${extra.campaigns[0]}` })
  })

  it('staff changes reach admins only, with who changed what', async () => {
    const admin = await staffChanges(payload, userOf('admin'))
    expect(admin.items[0]).toMatchObject({
      title: `Dash Staffer ${stamp}`,
      collectionLabel: 'Staff',
      link: `/admin/collections/users/${extra.users[0]}`,
      detail: `Changed role by ${userOf('admin').name}: Role: Regional staff → Communications staff`,
    })
    for (const role of ['communications', 'regional-own'] as const) expect(await staffChanges(payload, userOf(role)), role).toEqual({ total: 0, items: [] })
  })
})

describe('each role starts from its own dashboard', () => {
  it('lays out regional, communications and admin dashboards as the issue asks', () => {
    const slugs = (role: Parameters<typeof roleLayout>[0]) => roleLayout(role).map((widget) => widget.widgetSlug)
    expect(slugs('regional')).toEqual(['region-drafts', 'scheduled', 'my-reviews', 'failed-schedules', 'collections'])
    expect(slugs('communications')).toEqual(['review-queue', 'scheduled', 'failed-schedules', 'week-engagement', 'collections'])
    expect(slugs('admin')).toEqual(['review-queue', 'scheduled', 'failed-schedules', 'week-engagement', 'staff-changes', 'collections'])
    expect(roleLayout('regional').find((widget) => widget.widgetSlug === 'scheduled')?.data).toEqual({ days: 14 })
    expect(roleLayout('communications').find((widget) => widget.widgetSlug === 'scheduled')?.data).toEqual({ days: 7 })
  })
})

describe('the admin shows each role only what it can use (admin.hidden)', () => {
  const CONTENT = ['announcements', 'bargaining-updates', 'campaigns', 'leadership', 'pages', 'media', 'redirects', 'signatures', 'stories', 'activity']
  const expected: Record<Staff, { collections: string[]; globals: string[] }> = {
    admin: { collections: [...CONTENT, 'topics', 'email-deliveries', 'users', 'members', 'regions', 'locals', 'imports', 'search'], globals: ['site'] },
    communications: { collections: [...CONTENT, 'topics', 'email-deliveries'], globals: ['site'] },
    'regional-own': { collections: CONTENT, globals: [] },
    'regional-other': { collections: CONTENT, globals: [] },
  }

  it.each(STAFF)('%s: the nav and dashboard cards list these, and each one is readable to that role', async (role) => {
    const user = actors[role].user!
    const collections = payload.config.collections.filter((collection) => !isEntityHidden({ hidden: collection.admin.hidden, user })).map((collection) => collection.slug)
    const globals = payload.config.globals.filter((global) => !isEntityHidden({ hidden: global.admin.hidden, user })).map((global) => global.slug)
    expect({ collections: [...collections].sort(), globals }).toEqual({ collections: [...expected[role].collections].sort(), globals: expected[role].globals })
    // Nothing shown leads to a screen the role may not read.
    const permissions = await getAccessResults({ req: await reqFor(payload, actors[role]) })
    for (const slug of collections) expect(permissions.collections?.[slug]?.read, `${role} reads ${slug}`).toBeTruthy()
  })

  it('members and signed-out visitors are shown nothing that is role-gated', async () => {
    const member = (await payload.find({ collection: 'members', limit: 1, depth: 0 })).docs[0]!
    for (const user of [null, { ...member, collection: 'members' as const }]) {
      const shown = payload.config.collections.filter((collection) => typeof collection.admin.hidden === 'function' && !isEntityHidden({ hidden: collection.admin.hidden, user }))
      expect(shown.map((collection) => collection.slug)).toEqual([])
    }
  })
})
