import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { findCampaigns } from '@/lib/content/getCampaigns'
import { slugify } from '@/lib/content/slugify'
import { findWhatsNew } from '@/lib/content/getWhatsNew'
import { seed } from '@/scripts/seed/index'
import { ANNOUNCEMENTS } from '@/scripts/seed/content/announcements'
import { bargainingUpdates } from '@/scripts/seed/content/bargaining'
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

describe('the demo content in Spanish', () => {
  const spanish = { locale: 'es', fallbackLocale: 'en', overrideAccess: false, depth: 0 } as const
  const bySlug = (slug: string) => ({ where: { slug: { equals: slug } }, limit: 1 })

  it('shows every item on the home page in Spanish: the lead, the feed and the open campaigns', async () => {
    const seeded = [...ANNOUNCEMENTS, ...bargainingUpdates(), ...CAMPAIGNS]
    const spanishTitles = new Set(seeded.flatMap((item) => (item.es ? [item.es.title] : [])))
    // Other test files add their own items to the same database, all newer than the seed's (CI
    // found a hundred of them ahead): read every published item, keep the seeded ones in the
    // order the home page takes them (the newest ten: lead and feed), and the open campaigns.
    const seededSlugs = new Set(seeded.map((item) => slugify(item.title)))
    const fromSeed = (item: { href: string }) => seededSlugs.has(item.href.split('/').pop() ?? '')
    const [latest, campaigns] = await Promise.all([
      findWhatsNew({ regionId: null, limit: 100_000, lang: 'es' }),
      findCampaigns({ regionId: null, activeOnly: true, lang: 'es' }),
    ])
    const home = latest.filter(fromSeed).slice(0, 10)
    const open = campaigns.filter(fromSeed)
    const shown = [...home, ...open].map((item) => item.title)
    expect(shown.filter((title) => !spanishTitles.has(title))).toEqual([])
    expect(home.map((item) => item.title)).toEqual(
      expect.arrayContaining(['Cambio de liderazgo: Natalie Holtzinger-Cruz, nueva directora ejecutiva interina', 'Nos preparamos para el próximo acuerdo nacional']),
    )
    expect(open.map((item) => item.title)).toEqual(expect.arrayContaining(['Carta abierta por la alianza', 'Comparta su historia']))
  })

  it('has the open letter in full, its rows matched to the English ones', async () => {
    const [letter] = (await payload.find({ collection: 'campaigns', ...bySlug('partnership-open-letter'), ...spanish })).docs
    const english = await payload.findByID({ collection: 'campaigns', id: letter!.id, locale: 'en', depth: 0 })
    expect(letter).toMatchObject({
      spanishStatus: 'ready',
      slug: 'partnership-open-letter',
      title: 'Carta abierta por la alianza',
      summary: expect.stringMatching(/^Sume su nombre/),
      goal: { label: 'miembros que firman la carta', target: 20000, unit: 'signatures' },
      cta: { kind: 'sign', label: 'Firmar la carta abierta' },
    })
    expect(JSON.stringify(letter!.body)).toContain('Un año después de la huelga')
    expect(letter!.demands?.map((row) => row.id)).toEqual(english.demands?.map((row) => row.id))
    expect(letter!.demands?.map((row) => row.demand)).toEqual(['Personal y estabilidad en el empleo', 'Invertir en la primera línea', 'Alianza y rendición de cuentas'])
    expect(letter!.keyDates).toEqual([{ id: english.keyDates![0]!.id, date: english.keyDates![0]!.date, label: 'Día de Acción: vaya a trabajar con la ropa del sindicato' }])
    expect(english).toMatchObject({ title: 'Partnership open letter', cta: { label: 'Sign the open letter' } })
  })

  it('has a bargaining update in full and keeps every amount of a translated payout table', async () => {
    const [session] = (await payload.find({ collection: 'bargaining-updates', where: { slug: { contains: 'session-4' } }, limit: 1, ...spanish })).docs
    expect(session).toMatchObject({ title: 'Sesión 4: compensación total y la meta de contratación', sessionNumber: 4, location: 'Oakland, California' })
    expect(session!.keyIssues?.map((row) => row.issue)).toEqual(['Compensación total', 'Contratación y retención', 'Meta de contratación', 'Avisos de piquete'])
    expect(JSON.stringify(session!.body)).toContain('lo escribió el empleador')

    const [bonus] = (await payload.find({ collection: 'announcements', where: { slug: { contains: 'bigger-2021-bonus' } }, limit: 1, ...spanish })).docs
    expect(bonus!.payouts?.map((row) => [row.amount, row.label])).toEqual([
      [1500, 'Con 32 horas o más por semana en su código de 2021'],
      [1000, 'Con menos de 32 horas por semana en su código de 2021'],
      [1500, 'Sur de California: contratados antes del 27 de sept. de 2021 (32 h o más)'],
      [1500, 'Noroeste, Hawái, Colorado y Atlántico Medio: contratados antes del 2 de oct. de 2021 (32 h o más)'],
    ])
    expect(bonus!.payouts?.[2]?.hiredBefore?.slice(0, 10)).toBe('2021-09-27')
  })

  it('leaves the partner coalition’s update in English only, so the Spanish site shows its notice', async () => {
    const [partner] = (await payload.find({ collection: 'announcements', where: { slug: { contains: 'partner-update' } }, limit: 1, ...spanish })).docs
    expect(partner).toMatchObject({ spanishStatus: 'none', title: 'Partner update: Alliance prepares for 2021 bargaining' })
    const translated = ANNOUNCEMENTS.filter((item) => !item.es).map((item) => item.title)
    expect(translated).toEqual(['Partner update: Alliance prepares for 2021 bargaining'])
  })

  it('has the about page, regions, locals, leaders and site settings in Spanish', async () => {
    const [about] = (await payload.find({ collection: 'pages', ...bySlug('about'), ...spanish })).docs
    const english = await payload.findByID({ collection: 'pages', id: about!.id, locale: 'en', depth: 0 })
    expect(about!.title).toBe('Nuestra misión e historia')
    expect(about!.layout.map((block) => block.blockType)).toEqual(english.layout.map((block) => block.blockType))
    const timeline = about!.layout.find((block) => block.blockType === 'timeline')
    expect(timeline && 'milestones' in timeline ? timeline.milestones.map((m) => [m.year, m.title]) : []).toContainEqual([1996, 'Nace la Coalición'])

    const regions = await payload.find({ collection: 'regions', sort: 'code', ...spanish, limit: 20 })
    expect(Object.fromEntries(regions.docs.map((region) => [region.code, region.name]))).toMatchObject({ ncal: 'Norte de California', scal: 'Sur de California', hi: 'Hawái' })
    const [opeiu] = (await payload.find({ collection: 'locals', where: { shortName: { equals: 'OPEIU Local 29' } }, ...spanish })).docs
    expect(opeiu!.name).toMatch(/^Sindicato Internacional de Empleados Profesionales y de Oficina/)

    const [interim] = (await payload.find({ collection: 'leadership', where: { status: { equals: 'interim' } }, ...spanish })).docs
    expect(interim).toMatchObject({ name: 'Natalie Holtzinger-Cruz', title: 'Directora ejecutiva interina', bio: expect.stringMatching(/^Directora de personal/) })

    const site = await payload.findGlobal({ slug: 'site', locale: 'es', depth: 0 })
    expect(site.tagline).toBe('85,000 trabajadores de la salud. Doce sindicatos. Una sola voz.')
    expect(site.offices?.map((office) => [office.label, office.city])).toEqual([
      ['Oficina de Washington, DC', 'Washington'],
      ['Oficina de Oakland', 'Oakland'],
    ])
  })

  it('gives the demo members their languages: Maria reads Spanish, James English', async () => {
    const members = await payload.find({ collection: 'members', where: { email: { in: DEMO_MEMBERS.map((person) => person.email) } }, sort: 'name', depth: 0 })
    expect(members.docs.map((member) => [member.name, member.preferredLanguage])).toEqual([
      ['James Okafor', 'en'],
      ['Maria Santos', 'es'],
    ])
  })
})
