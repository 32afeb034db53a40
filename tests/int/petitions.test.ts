// Petitions: signing through POST /api/petitions/<slug>/sign, one signature per address enforced by
// the database under concurrency, the live count, staff access by region, and the CSV export.
import { sql } from '@payloadcms/db-postgres'
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { POST } from '@/app/(site)/api/petitions/[campaignSlug]/sign/route'
import { VISITOR } from '@/lib/auth/viewer'
import { getCampaignBySlug } from '@/lib/content/getCampaignBySlug'
import { findCampaigns } from '@/lib/content/getCampaigns'
import { outbox } from '@/lib/email/outbox'
import { getSignatureCount } from '@/lib/petitions/getSignatureCount'
import { LIMITS } from '@/lib/rateLimit/limits'
import { seed } from '@/scripts/seed/index'

import { type Actor, loadActors, type Role } from '../helpers/actors'
import { regionId } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { contentCleanup, freshIp, signUpAndConfirm, uniqueEmail } from './members-fixtures'

let payload: Payload
let actors: Record<Role, Actor>
let ncal: number
let scal: number
let counter = 0
const cleanup = contentCleanup(() => payload)

afterAll(() => cleanup.run())

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  actors = await loadActors(payload)
  ncal = await regionId(payload, 'ncal')
  scal = await regionId(payload, 'scal')
})

afterEach(() => {
  vi.restoreAllMocks()
})

async function makeCampaign(overrides: Partial<RequiredDataFromCollectionSlug<'campaigns'>> = {}) {
  const doc = await payload.create({
    collection: 'campaigns',
    data: {
      title: `Sign the letter ${Date.now()}-${++counter}`,
      status: 'active',
      audience: 'public',
      cta: { kind: 'sign', label: 'Sign the open letter' },
      goal: { target: 5000, unit: 'signatures', progress: 0 },
      _status: 'published',
      ...overrides,
    },
    context: { disableRevalidate: true },
  })
  return cleanup.track('campaigns', doc as { id: number; slug: string })
}

async function sign(slug: string, body: unknown, headers: Record<string, string> = freshIp()) {
  const response = await POST(
    new Request(`http://localhost:3000/api/petitions/${slug}/sign`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ campaignSlug: slug }) },
  )
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

const signer = (email = uniqueEmail('signer'), region = ncal) => ({ name: 'Pat Signer', email, region, consentToContact: true })

describe('signing', () => {
  it('stores a signature, counts it, e-mails a receipt, and answers a repeat (any letter case) with a friendly "already signed"', async () => {
    const campaign = await makeCampaign()
    const email = uniqueEmail('first')
    const first = await sign(campaign.slug, { ...signer(email), comment: 'Patients first.' })
    expect(first.status).toBe(201)
    expect(first.json).toMatchObject({ alreadySigned: false, count: 1 })
    expect(outbox(email)[0]?.subject).toMatch(/You signed/)

    const again = await sign(campaign.slug, signer(email.toUpperCase()))
    expect(again.status).toBe(200)
    expect(again.json).toMatchObject({ alreadySigned: true, message: "You've already signed — thank you!", count: 1 })
    expect(await getSignatureCount(campaign.id, payload)).toBe(1)
  })

  it('stores exactly one row for 200 concurrent identical submissions, and every request gets a friendly answer', async () => {
    const campaign = await makeCampaign()
    const body = signer(uniqueEmail('burst'))
    const results = await Promise.all(Array.from({ length: 200 }, () => sign(campaign.slug, body)))
    const statuses = results.map((result) => result.status)
    expect(statuses.filter((status) => status === 201)).toHaveLength(1)
    expect(statuses.filter((status) => status === 200)).toHaveLength(199)
    expect(results.every((result) => typeof result.json.message === 'string')).toBe(true)
    expect(await getSignatureCount(campaign.id, payload)).toBe(1)
  })

  it('counts different people separately, from the database', async () => {
    const campaign = await makeCampaign()
    await Promise.all(Array.from({ length: 12 }, () => sign(campaign.slug, signer())))
    expect(await getSignatureCount(campaign.id, payload)).toBe(12)
    expect((await sign(campaign.slug, signer())).json.count).toBe(13)
  })

  it('names each invalid field and stores nothing', async () => {
    const campaign = await makeCampaign()
    const response = await sign(campaign.slug, { name: '', email: 'not-an-address', comment: 'x'.repeat(501) })
    expect(response.status).toBe(400)
    expect(response.json.fields).toMatchObject({ name: expect.any(String), email: expect.any(String), region: expect.any(String), comment: expect.any(String) })
    expect(await getSignatureCount(campaign.id, payload)).toBe(0)
  })

  it('answers in the signer’s language: Spanish from the form’s lang field or ?lang=es, English otherwise', async () => {
    const campaign = await makeCampaign()
    const invalid = await sign(campaign.slug, { lang: 'es', name: '', email: 'not-an-address' })
    expect(invalid.status).toBe(400)
    expect(invalid.json).toMatchObject({ error: 'Corrija los campos marcados.', fields: { name: 'Escriba su nombre', email: 'Escriba un correo electrónico válido' } })
    const body = { ...signer(), lang: 'es' }
    expect((await sign(campaign.slug, body)).json).toMatchObject({ alreadySigned: false, message: '¡Gracias por firmar!' })
    expect((await sign(campaign.slug, body)).json).toMatchObject({ alreadySigned: true, message: 'Usted ya firmó. ¡Gracias!' })
    const response = await POST(
      new Request(`http://localhost:3000/api/petitions/no-such-campaign/sign?lang=es`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...freshIp() },
        body: JSON.stringify(signer()),
      }),
      { params: Promise.resolve({ campaignSlug: 'no-such-campaign' }) },
    )
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({ error: 'No encontramos esa campaña.' })
    expect((await sign(campaign.slug, { lang: 'fr', name: '' })).json).toMatchObject({ error: 'Please correct the marked fields.', fields: { name: 'Enter your name' } })
  })

  it('names the campaign in the signer’s language once its Spanish is ready, in English until then', async () => {
    const context = { disableRevalidate: true }
    const ready = await makeCampaign()
    await payload.update({ collection: 'campaigns', id: ready.id, locale: 'es', data: { title: `Firme la carta ${ready.id}`, spanishStatus: 'ready', _status: 'published' }, context })
    const started = await makeCampaign()
    // A Spanish title in progress that went live with a publish of every language (publishing in Spanish would mark it ready).
    await payload.update({ collection: 'campaigns', id: started.id, locale: 'es', data: { title: `Borrador ${started.id}`, spanishStatus: 'in-progress' }, draft: true, context })
    await payload.update({ collection: 'campaigns', id: started.id, data: { _status: 'published' }, context })
    const [first, second, third] = [uniqueEmail('es'), uniqueEmail('es'), uniqueEmail('en')]
    expect((await sign(ready.slug, { ...signer(first), lang: 'es' })).status).toBe(201)
    expect((await sign(started.slug, { ...signer(second), lang: 'es' })).status).toBe(201)
    expect((await sign(ready.slug, signer(third))).status).toBe(201)
    expect(outbox(first)[0]?.subject).toContain(`Firme la carta ${ready.id}`)
    expect(outbox(second)[0]?.subject).toContain(String((await payload.findByID({ collection: 'campaigns', id: started.id, locale: 'en', depth: 0 })).title))
    expect(outbox(third)[0]?.subject).toContain(String((await payload.findByID({ collection: 'campaigns', id: ready.id, locale: 'en', depth: 0 })).title))
  })

  it('refuses campaigns that are not collecting signatures, and unknown ones', async () => {
    const closed = await makeCampaign({ status: 'won' })
    expect((await sign(closed.slug, signer())).status).toBe(409)
    const noForm = await makeCampaign({ cta: { kind: 'link', label: 'Read more', url: 'https://example.org' } })
    expect((await sign(noForm.slug, signer())).status).toBe(409)
    expect((await sign('no-such-campaign', signer())).status).toBe(404)
    const draft = cleanup.track('campaigns', await payload.create({ collection: 'campaigns', data: { title: `Draft ${Date.now()}`, status: 'active', cta: { kind: 'sign' }, _status: 'draft' }, draft: true, context: { disableRevalidate: true } }))
    expect((await sign((draft as { slug: string }).slug, signer())).status).toBe(404)
  })

  it('lets a signed-in member sign with one click, as themselves', async () => {
    const campaign = await makeCampaign()
    const member = await signUpAndConfirm(payload, scal, 'Member Signer')
    const response = await sign(campaign.slug, {}, { ...freshIp(), authorization: `JWT ${member.token}` })
    expect(response.status).toBe(201)
    const { docs } = await payload.find({ collection: 'signatures', where: { campaign: { equals: campaign.id } }, depth: 0 })
    expect(docs[0]).toMatchObject({ member: member.id, email: member.email, name: 'Member Signer', region: scal })
  })

  it('signs as the member when the session comes as the browser sends it (cookie and Sec-Fetch-Site)', async () => {
    const campaign = await makeCampaign()
    const member = await signUpAndConfirm(payload, scal, 'Cookie Signer')
    const response = await sign(campaign.slug, {}, { ...freshIp(), cookie: `theme=dark; payload-token=${member.token}`, 'sec-fetch-site': 'same-origin' })
    expect(response.status).toBe(201)
    const { docs } = await payload.find({ collection: 'signatures', where: { campaign: { equals: campaign.id } }, depth: 0 })
    expect(docs[0]).toMatchObject({ member: member.id, email: member.email, region: scal })
  })

  it('writes a visitor\'s signature in two statements (rate limit, then campaign + row + count), with no identity lookup', async () => {
    const campaign = await makeCampaign()
    const query = vi.spyOn(pg.Client.prototype, 'query')
    expect((await sign(campaign.slug, signer())).status).toBe(201)
    const statements = query.mock.calls.map(([config]) => (typeof config === 'string' ? config : (config as { text?: string }).text ?? ''))
    // Now and then the rate limiter also sweeps old windows (a delete); that is not per signature.
    expect(statements.filter((text) => !text.startsWith('delete from rate_limit_buckets'))).toEqual([
      expect.stringContaining('insert into rate_limit_buckets'),
      expect.stringContaining('insert into signatures'),
    ])
  })

  it('opens a members-only campaign to members only', async () => {
    const campaign = await makeCampaign({ audience: 'members' })
    expect((await sign(campaign.slug, signer())).status).toBe(404)
    const member = await signUpAndConfirm(payload, ncal)
    expect((await sign(campaign.slug, {}, { ...freshIp(), authorization: `JWT ${member.token}` })).status).toBe(201)
  })

  it('answers a database failure with a clear "try again" (503), never a false success', async () => {
    const campaign = await makeCampaign()
    // The statement that writes the signature fails (the rate limit before it still counts).
    const execute = payload.db.drizzle.execute.bind(payload.db.drizzle)
    vi.spyOn(payload.db.drizzle, 'execute').mockImplementation(((query: Parameters<typeof execute>[0]) =>
      JSON.stringify(query).includes('insert into signatures') ? Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')) : execute(query)) as typeof execute)
    const response = await sign(campaign.slug, signer())
    expect(response.status).toBe(503)
    expect(response.json.error).toMatch(/try again/i)
    vi.restoreAllMocks()
    expect(await getSignatureCount(campaign.id, payload)).toBe(0)
  })

  it('refuses an unknown region or local with a 400 naming the field, stores nothing, and still counts the attempt', async () => {
    const campaign = await makeCampaign()
    const ip = freshIp()
    for (const [field, body] of [['region', { ...signer(), region: 999_999 }], ['local', { ...signer(), local: 999_999 }]] as const) {
      const response = await sign(campaign.slug, body, ip)
      expect(response.status).toBe(400)
      expect(response.json.fields).toEqual({ [field]: 'Choose from the list' })
    }
    expect(await getSignatureCount(campaign.id, payload)).toBe(0)
    const bucket = await payload.db.drizzle.execute(sql`select hits from rate_limit_buckets where key = ${`sign:ip:${ip['x-forwarded-for']}`}`)
    expect(Number((bucket.rows[0] as { hits: number }).hits)).toBe(2)
  })

  it('stores one row per address when different addresses and repeats race, and counts what is stored', async () => {
    const campaign = await makeCampaign()
    const emails = Array.from({ length: 20 }, () => uniqueEmail('race'))
    const results = await Promise.all([...emails, ...emails, ...emails].map((email) => sign(campaign.slug, signer(email))))
    expect(results.filter((result) => result.status === 201)).toHaveLength(20)
    expect(results.filter((result) => result.status === 200)).toHaveLength(40)
    expect(await getSignatureCount(campaign.id, payload)).toBe(20)
    expect((await sign(campaign.slug, signer(emails[0]))).json).toMatchObject({ alreadySigned: true, count: 20 })
  })

  it('counts a signed-in member against their account as well as their address, in one statement', async () => {
    const campaign = await makeCampaign()
    const member = await signUpAndConfirm(payload, ncal)
    const ip = freshIp()
    const execute = vi.spyOn(payload.db.drizzle, 'execute')
    expect((await sign(campaign.slug, {}, { ...ip, authorization: `JWT ${member.token}` })).status).toBe(201)
    const limitStatements = execute.mock.calls.filter(([query]) => JSON.stringify(query).includes('rate_limit_buckets (key'))
    expect(limitStatements).toHaveLength(1)
    const buckets = await payload.db.drizzle.execute(sql`select key, hits from rate_limit_buckets where key in (${`sign:ip:${ip['x-forwarded-for']}`}, ${`sign:account:${member.id}`}) order by key`)
    expect(buckets.rows.map((row) => Number((row as { hits: number }).hits))).toEqual([1, 1])
  })

  it('answers 413 to an oversized body', async () => {
    const campaign = await makeCampaign()
    const response = await sign(campaign.slug, { ...signer(), comment: 'x'.repeat(20_000) })
    expect(response.status).toBe(413)
  })

  it('answers 429 with a message when one address signs too often', async () => {
    const campaign = await makeCampaign()
    const ip = freshIp()
    const statuses: number[] = []
    const allowed = LIMITS.sign.ip.points
    for (let attempt = 0; attempt < allowed + 2; attempt++) statuses.push((await sign(campaign.slug, signer(), ip)).status)
    expect(statuses.slice(0, allowed).every((status) => status === 201)).toBe(true)
    expect(statuses.slice(allowed)).toEqual([429, 429])
  })
})

describe('progress on campaign cards and pages', () => {
  it('replaces a hand-typed progress with the signature count from the database', async () => {
    const campaign = await makeCampaign({ goal: { target: 100, unit: 'signatures', progress: 999 } })
    for (let i = 0; i < 3; i++) expect((await sign(campaign.slug, signer())).status).toBe(201)
    const card = (await findCampaigns({ regionId: null, activeOnly: true, lang: 'en' })).find((item) => item.slug === campaign.slug)
    expect(card).toMatchObject({ collectsSignatures: true, signatureCount: 3, goal: { progress: 3, target: 100 } })
    const page = await getCampaignBySlug(campaign.slug, 'en', VISITOR)
    expect(page).toMatchObject({ signatureCount: 3, goal: { progress: 3 } })
  })

  it('counts a petition without a target too, and leaves other goals as staff typed them', async () => {
    const petition = await makeCampaign({ goal: {} })
    expect((await sign(petition.slug, signer())).status).toBe(201)
    const survey = await makeCampaign({ cta: { kind: 'link', label: 'Take the survey', url: 'https://example.org/survey' }, goal: { target: 70, unit: 'percent', progress: 42 } })
    const cards = await findCampaigns({ regionId: null, activeOnly: true, lang: 'en' })
    expect(cards.find((item) => item.slug === petition.slug)).toMatchObject({ signatureCount: 1, goal: null })
    expect(cards.find((item) => item.slug === survey.slug)).toMatchObject({ collectsSignatures: false, signatureCount: null, goal: { progress: 42 } })
  })
})

describe('who sees signatures', () => {
  let campaign: { id: number; slug: string }
  const emails = { ncal: uniqueEmail('north'), scal: uniqueEmail('south') }

  beforeAll(async () => {
    campaign = await makeCampaign()
    await sign(campaign.slug, { ...signer(emails.ncal, ncal), comment: '=HYPERLINK("http://evil.example")' })
    await sign(campaign.slug, signer(emails.scal, scal))
  })

  const listed = async (token?: string) => {
    const response = await rest(`/api/signatures?where[campaign][equals]=${campaign.id}&limit=100`, { token })
    return { status: response.status, emails: (response.json.docs ?? []).map((doc) => doc.email).sort() }
  }

  it('shows admins and communications every region, regional staff only theirs, visitors nothing', async () => {
    expect((await listed(actors.admin.token)).emails).toEqual([emails.ncal, emails.scal].sort())
    expect((await listed(actors.communications.token)).emails).toEqual([emails.ncal, emails.scal].sort())
    expect((await listed(actors['regional-own'].token)).emails).toEqual([emails.ncal])
    expect((await listed(actors['regional-other'].token)).emails).toEqual([emails.scal])
    expect((await listed()).status).toBe(403)
  })

  it('shows a member only their own signatures', async () => {
    const member = await signUpAndConfirm(payload, ncal)
    await sign(campaign.slug, {}, { ...freshIp(), authorization: `JWT ${member.token}` })
    expect((await listed(member.token)).emails).toEqual([member.email])
  })

  it('refuses creating signatures around the signing endpoint', async () => {
    const response = await rest('/api/signatures', { method: 'POST', token: actors.admin.token, body: { campaign: campaign.id, ...signer() } })
    expect(response.status).toBe(403)
  })

  it('exports CSV for staff, within the same regional limits, with spreadsheet formulas defused', async () => {
    const all = await rest(`/api/signatures/export?campaign=${campaign.id}`, { token: actors.communications.token })
    expect(all.status).toBe(200)
    const lines = all.text.trim().split('\r\n')
    expect(lines[0]).toBe('"Name","E-mail","Region","Local","Comment","Consent to contact","Signed at"')
    expect(lines.filter((line) => line.includes(emails.ncal) || line.includes(emails.scal))).toHaveLength(2)
    expect(all.text).toContain(`"'=HYPERLINK(""http://evil.example"")"`)

    const regional = await rest(`/api/signatures/export?campaign=${campaign.id}`, { token: actors['regional-own'].token })
    expect(regional.text).toContain(emails.ncal)
    expect(regional.text).not.toContain(emails.scal)

    expect((await rest(`/api/signatures/export?campaign=${campaign.id}`)).status).toBe(403)
  })

  it('narrows the export to one region like the admin list filter, and explains a bad filter', async () => {
    const scalOnly = await rest(`/api/signatures/export?campaign=${campaign.id}&region=${scal}`, { token: actors.communications.token })
    expect(scalOnly.status).toBe(200)
    expect(scalOnly.text).toContain(emails.scal)
    expect(scalOnly.text).not.toContain(emails.ncal)
    // A regional editor asking for another region gets the header row and nothing else.
    const outside = await rest(`/api/signatures/export?campaign=${campaign.id}&region=${scal}`, { token: actors['regional-own'].token })
    expect(outside.text.trim().split('\r\n')).toHaveLength(1)
    const bad = await rest(`/api/signatures/export?campaign=${campaign.id}&region=abc`, { token: actors.communications.token })
    expect(bad.status).toBe(400)
    expect(bad.json.error).toMatch(/region must be the id/)
  })
})
