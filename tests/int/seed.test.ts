import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/scripts/seed/index'
import { ANNOUNCEMENTS } from '@/scripts/seed/content/announcements'
import { CAMPAIGNS } from '@/scripts/seed/content/campaigns'
import { LEADERS } from '@/scripts/seed/content/leadership'
import { DEMO_STORIES } from '@/scripts/seed/content/stories'
import { DEMO_MEMBER_PASSWORD, DEMO_MEMBERS } from '@/scripts/seed/members'

import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { freshIp } from './members-fixtures'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
})

const countPeopleContent = async () => ({
  members: (await payload.count({ collection: 'members' })).totalDocs,
  signatures: (await payload.count({ collection: 'signatures' })).totalDocs,
  stories: (await payload.count({ collection: 'stories' })).totalDocs,
})

const slugContains = (part: string) => ({ where: { slug: { contains: part } }, depth: 1, limit: 5 })

describe('demo content (npm run seed)', () => {
  it('carries the 2021 bonus amounts and eligibility by hours and region', async () => {
    const [bonus] = (await payload.find({ collection: 'announcements', ...slugContains('bigger-2021-bonus') })).docs
    const payouts = bonus!.payouts ?? []
    expect(payouts.find((p) => p.minWeeklyHours === 32)?.amount).toBe(1500)
    expect(payouts.find((p) => p.maxWeeklyHours === 32)?.amount).toBe(1000)
    const scal = payouts.find((p) => (p.regions ?? []).some((r) => typeof r === 'object' && r.code === 'scal'))
    expect(scal?.hiredBefore?.slice(0, 10)).toBe('2021-09-27')
    expect(bonus!.attachments?.[0]?.label).toMatch(/Section 2/)
  })

  it('has one members-only announcement: listed to visitors without its payouts, complete for a member', async () => {
    const where = { slug: { equals: 'employer-s-first-2021-bonus-offer-falls-short' } }
    const [visitor] = (await payload.find({ collection: 'announcements', where, overrideAccess: false, depth: 0 })).docs
    expect(visitor).toMatchObject({ audience: 'members', title: expect.stringMatching(/first 2021 bonus offer/) })
    expect(visitor!.payouts ?? []).toEqual([])
    const [member] = (await payload.find({ collection: 'members', where: { email: { equals: 'maria.member@coalition.test' } }, overrideAccess: true })).docs
    const [asMember] = (await payload.find({ collection: 'announcements', where, overrideAccess: false, user: { ...member!, collection: 'members' }, depth: 0 })).docs
    expect(asMember!.payouts?.map((p) => p.amount)).toEqual([1000, 750])
  })

  it('has bargaining session 4 with its dates and the next session', async () => {
    const [session] = (await payload.find({ collection: 'bargaining-updates', ...slugContains('session-4') })).docs
    expect(session).toMatchObject({ table: '2023 National Bargaining', sessionNumber: 4, authoredBy: 'employer' })
    expect(session!.sessionStart?.slice(0, 10)).toBe('2023-07-11')
    expect(session!.sessionEnd?.slice(0, 10)).toBe('2023-07-13')
    expect(session!.nextSessionStart?.slice(0, 10)).toBe('2023-08-01')
    expect(session!.keyIssues?.map((k) => k.issue)).toContain('Hiring goal')
  })

  it('has the prescriptions-by-mail campaign with its 40% goal met', async () => {
    const [rx] = (await payload.find({ collection: 'campaigns', ...slugContains('prescription') })).docs
    expect(rx).toMatchObject({ status: 'won', goal: { target: 40, unit: 'percent', progress: 40 } })
  })

  it('has the leadership transition: an interim director and past directors with terms', async () => {
    const names = LEADERS.map((leader) => leader.name)
    const { docs } = await payload.find({ collection: 'leadership', where: { name: { in: names } }, sort: 'order', depth: 1, limit: 20 })
    expect(docs).toHaveLength(names.length)
    const interim = docs.find((leader) => leader.status === 'interim')
    expect(interim).toMatchObject({ name: 'Natalie Holtzinger-Cruz', title: 'Interim Executive Director' })
    const former = docs.filter((leader) => leader.status === 'former').map((leader) => leader.name)
    expect(former).toEqual(expect.arrayContaining(['Caroline Lucas', 'Steven Ward']))
    expect(docs.every((leader) => typeof leader.photo === 'object' && leader.photo?.alt)).toBe(true)
  })

  it('has the mission and history page with its milestones', async () => {
    const { docs } = await payload.find({ collection: 'pages', where: { slug: { equals: 'about' } }, limit: 1 })
    const timeline = docs[0]!.layout.find((block) => block.blockType === 'timeline')
    const years = timeline && 'milestones' in timeline ? timeline.milestones.map((m) => m.year) : []
    expect(years).toEqual(expect.arrayContaining([1996, 1997, 2023]))
  })

  it('has both offices in the site settings, readable by anyone', async () => {
    const response = await rest('/api/globals/site')
    expect(response.status).toBe(200)
    const offices = response.json.offices as Array<{ city: string; phone: string }>
    expect(offices.map((office) => office.city)).toEqual(['Washington', 'Oakland'])
    expect(response.json.memberCount).toBe(85000)
  })

  it('publishes everything but one scheduled regional draft, and adds nothing on a second run', async () => {
    const before = await payload.count({ collection: 'announcements' })
    // Other test files add their own drafts to this database, so look only at what the seed wrote.
    const seededTitles = [...ANNOUNCEMENTS.map((item) => item.title), 'Northern California steward training: spring dates']
    const seeded = await payload.find({ collection: 'announcements', where: { title: { in: seededTitles } }, depth: 1, limit: 100, draft: true })
    expect(seeded.totalDocs).toBe(seededTitles.length)
    const drafts = seeded.docs.filter((doc) => doc._status !== 'published')
    expect(drafts.map((doc) => doc.regions?.map((region) => typeof region === 'object' && region.code))).toEqual([['ncal']])
    const jobs = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } }, overrideAccess: true, limit: 0 })
    const scheduled = jobs.docs.find((job) => String((job.input as { doc?: { value: unknown } }).doc?.value) === String(drafts[0]!.id))
    expect(new Date(scheduled!.waitUntil!).getTime()).toBeGreaterThan(Date.now())
    const people = await countPeopleContent()
    await seed(payload, { demoStaff: true })
    expect(await payload.count({ collection: 'announcements' })).toEqual(before)
    expect(await countPeopleContent()).toEqual(people)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBeGreaterThanOrEqual(7)
  })
})

describe('demo members and what they did (development seed)', () => {
  it('lets both demo members sign in with the password in the README', async () => {
    const readme = fs.readFileSync(path.resolve('README.md'), 'utf8')
    expect(readme).toContain(DEMO_MEMBER_PASSWORD)
    const regions = new Set<unknown>()
    for (const person of DEMO_MEMBERS) {
      expect(readme).toContain(person.email)
      const login = await rest('/api/members/login', { method: 'POST', body: { email: person.email, password: DEMO_MEMBER_PASSWORD }, headers: freshIp() })
      expect(login.status).toBe(200)
      regions.add((login.json.user as { region: unknown }).region)
    }
    expect(regions.size).toBe(DEMO_MEMBERS.length)
  })

  it('has 40 signatures on the open letter from several regions and locals, one of them a demo member’s', async () => {
    const letter = CAMPAIGNS.find((campaign) => campaign.cta.kind === 'sign')!
    const [campaign] = (await payload.find({ collection: 'campaigns', ...slugContains('partnership-open-letter') })).docs
    expect(campaign!.title).toBe(letter.title)
    const { docs } = await payload.find({ collection: 'signatures', where: { campaign: { equals: campaign!.id } }, pagination: false, depth: 1 })
    expect(docs).toHaveLength(40)
    expect(new Set(docs.map((doc) => doc.email)).size).toBe(40)
    expect(new Set(docs.map((doc) => typeof doc.region === 'object' && doc.region.code)).size).toBeGreaterThanOrEqual(5)
    expect(new Set(docs.map((doc) => typeof doc.local === 'object' && doc.local?.shortName).filter(Boolean)).size).toBeGreaterThanOrEqual(4)
    expect(docs.find((doc) => doc.email === DEMO_MEMBERS[0]!.email)?.member).toMatchObject({ name: DEMO_MEMBERS[0]!.name })
  })

  it('has approved stories on /stories (one without its author’s name, one with a photo) and one waiting, flagged, for a moderator', async () => {
    const texts = DEMO_STORIES.map((story) => story.text)
    const publicList = ((await rest('/api/stories?limit=100&depth=0')).json.docs ?? []).filter((doc) => texts.includes(doc.text as string))
    expect(publicList).toHaveLength(DEMO_STORIES.filter((story) => story.status === 'approved').length)
    expect(publicList.every((doc) => doc.status === 'approved')).toBe(true)
    const anonymous = publicList.filter((doc) => doc.anonymous === true)
    expect(anonymous).toHaveLength(1)
    expect(anonymous[0]!.byline).toBeUndefined()
    const photo = publicList.find((doc) => doc.mimeType === 'image/png')
    expect(photo).toMatchObject({ label: expect.stringMatching(/^Our huddle board/) })

    const { docs: pending } = await payload.find({ collection: 'stories', where: { text: { in: texts }, status: { equals: 'pending' } } })
    expect(pending).toHaveLength(1)
    expect(pending[0]!.flagged).toMatch(/possible patient name/)
  })
})
