// Bad input on every door: NUL bytes, ids that name nothing, odd `where` operators and malformed values
// answer a 4xx with a message (never a 5xx), write nothing, and keep the signer's data out of the log.
import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { POST as signRoute } from '@/app/(site)/api/petitions/[campaignSlug]/sign/route'
import { VISITOR } from '@/lib/auth/viewer'
import { getAnnouncementBySlug } from '@/lib/content/getAnnouncementBySlug'
import { messageText } from '@/lib/i18n/messages'
import { searchQuery } from '@/lib/schemas/search'
import { seed } from '@/scripts/seed/index'

import { type Actor, loadActors, type Role } from '../helpers/actors'
import { regionId } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'
import { contentCleanup, freshIp, signUpAndConfirm, type SignedInMember, uniqueEmail } from './members-fixtures'

let payload: Payload
let actors: Record<Role, Actor>
let ncal: number
let member: SignedInMember
let campaign: { id: number; slug: string }
const cleanup = contentCleanup(() => payload)

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  actors = await loadActors(payload)
  ncal = await regionId(payload, 'ncal')
  member = await signUpAndConfirm(payload, ncal)
  const doc = await payload.create({
    collection: 'campaigns',
    data: { title: `Bad input letter ${Date.now()}`, status: 'active', audience: 'public', cta: { kind: 'sign', label: 'Sign' }, _status: 'published' },
    context: { disableRevalidate: true },
  })
  campaign = cleanup.track('campaigns', doc as { id: number; slug: string })
})

afterAll(() => cleanup.run())

async function sign(body: unknown) {
  const response = await signRoute(
    new Request(`http://localhost:3000/api/petitions/${campaign.slug}/sign`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...freshIp() },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ campaignSlug: campaign.slug }) },
  )
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

const signatureCount = async () => (await payload.count({ collection: 'signatures', where: { campaign: { equals: campaign.id } }, overrideAccess: true })).totalDocs

describe('the petition', () => {
  const signer = () => ({ name: 'Pat Signer', email: uniqueEmail('bad'), region: ncal, consentToContact: true })
  const cases: Array<[string, () => Record<string, unknown>, string]> = [
    ['a NUL byte in the name', () => ({ ...signer(), name: 'Pat\u0000 Signer' }), 'name'],
    ['a NUL byte in the comment', () => ({ ...signer(), comment: 'Safe staffing\u0000 now' }), 'comment'],
    ['a region that does not exist', () => ({ ...signer(), region: 999_999 }), 'region'],
    ['a local that does not exist', () => ({ ...signer(), local: 999_999 }), 'local'],
    ['a region id beyond any integer column', () => ({ ...signer(), region: 99_999_999_999 }), 'region'],
    ['a region that is not a number', () => ({ ...signer(), region: 'ncal; drop table' }), 'region'],
  ]
  it.each(cases)('refuses %s with a 400 naming the field, and stores nothing', async (_label, body, field) => {
    const errors = vi.spyOn(payload.logger, 'error')
    const before = await signatureCount()
    const response = await sign(body())
    expect(response.status).toBe(400)
    expect(response.json).toMatchObject({ code: 'invalid', error: expect.any(String) })
    expect(Object.keys(response.json.fields as object)).toContain(field)
    expect(await signatureCount()).toBe(before)
    // Nothing about the signer (their e-mail is in the SQL parameters) reaches the log.
    expect(JSON.stringify(errors.mock.calls)).not.toMatch(/@example\.org/)
    errors.mockRestore()
  })
})

describe('member endpoints', () => {
  it.each([
    ['sign-up with a NUL in the name', '/api/members/signup', () => ({ name: 'Ro\u0000sa', email: uniqueEmail(), password: 'Member-pass-2026', region: ncal }), 'name'],
    ['sign-up with an unknown region', '/api/members/signup', () => ({ name: 'Rosa', email: uniqueEmail(), password: 'Member-pass-2026', region: 999_999 }), null],
    ['sign-up with a huge region id', '/api/members/signup', () => ({ name: 'Rosa', email: uniqueEmail(), password: 'Member-pass-2026', region: 1e15 }), 'region'],
    ['a sign-in link for an address with a NUL', '/api/members/magic-link', () => ({ email: 'maria\u0000@example.org' }), 'email'],
    ['a sign-in link with a NUL in the return path', '/api/members/magic-link', () => ({ email: uniqueEmail(), next: '/news\u0000' }), 'next'],
    ['password sign-in with a NUL in the address', '/api/members/login', () => ({ email: 'maria\u0000@example.org', password: 'x' }), 'email'],
  ] as const)('%s answers 400 with { error, code }', async (_label, path, body, field) => {
    const sent = body()
    const response = await rest(path, { method: 'POST', body: sent, headers: freshIp() })
    expect(response.status).toBe(400)
    expect(response.json).toMatchObject({ code: 'invalid', error: expect.any(String) })
    if (field) expect(Object.keys(response.json.fields as object)).toContain(field)
    if ('email' in sent) {
      const stored = await payload.count({ collection: 'members', where: { email: { equals: String(sent.email).replace('\u0000', '') } }, overrideAccess: true })
      expect(stored.totalDocs).toBe(0)
    }
  })

  it('a member renaming themselves with a NUL gets a 400 and keeps their name', async () => {
    const response = await rest(`/api/members/${member.id}`, { method: 'PATCH', token: member.token, body: { name: 'New\u0000Name' } })
    expect(response.status).toBe(400)
    const stored = await payload.findByID({ collection: 'members', id: member.id, overrideAccess: true })
    expect(stored.name).toBe('Test Member')
  })

  it('a story with a NUL in its text answers 400 and nothing waits for review', async () => {
    const form = new FormData()
    form.set('text', 'Short-staffed again\u0000 tonight')
    form.set('region', String(ncal))
    form.set('consentToPublish', 'on')
    const request = new Request('http://localhost:3000/api/stories/submit', { method: 'POST', headers: { authorization: `JWT ${member.token}`, ...freshIp() }, body: form })
    const response = await handleEndpoints({ config, path: '/api/stories/submit', request })
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ code: 'invalid', fields: { text: expect.any(String) } })
    expect((await payload.count({ collection: 'stories', where: { submitter: { equals: member.id } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('the signatures export refuses ids beyond any row with a 400', async () => {
    const response = await rest(`/api/signatures/export?campaign=${campaign.id}&region=99999999999`, { token: actors.admin.token })
    expect(response.status).toBe(400)
    expect(response.json).toMatchObject({ code: 'invalid', fields: { region: expect.any(String) } })
  })
})

describe('the REST and GraphQL APIs', () => {
  const queries = [
    '/api/announcements?where[title][equals]=%00',
    '/api/announcements?where[regions.name][contains]=a%00b',
    '/api/announcements?sort=%00',
    '/api/regions?where[code][equals]=%00',
    '/api/search?where[title][like]=%00',
    '/api/announcements?where[id][in]=abc',
    '/api/announcements?where[id][equals]=99999999999999',
    '/api/announcements?where[title][near]=1,2',
    '/api/announcements?where[title][within]=x',
    '/api/announcements?where[title][foo]=x',
    '/api/announcements?where[nonexistent][equals]=x',
    '/api/announcements?where[_status][equals]=bogus',
    '/api/announcements?where[audience][in]=bogus',
    '/api/announcements?page=-1',
    '/api/announcements/abc',
    '/api/announcements/99999999999',
    '/api/announcements/%00',
    '/api/campaigns?where[slug][not_in]=%00',
  ]
  it.each(queries)('GET %s answers 400 with a message', async (path) => {
    const anonymous = await rest(path)
    expect(anonymous.status, anonymous.text).toBe(400)
    expect((anonymous.json.errors as Array<{ message: string }>)[0]!.message).not.toMatch(/something went wrong/i)
    const staff = await rest(path, { token: actors.admin.token })
    expect(staff.status).toBe(400)
  })

  it.each(['limit=0', 'limit=101', 'limit=100000', 'limit=abc', 'limit=-5', 'pagination=false'])(
    'GET /api/announcements?%s answers 400 for visitors and members, who read at most 100 at a time; staff are exempt',
    async (query) => {
      const anonymous = await rest(`/api/announcements?${query}`)
      expect(anonymous.status).toBe(400)
      expect(anonymous.json).toMatchObject({ code: 'invalid', fields: { limit: expect.stringMatching(/1 to 100/) } })
      expect((await rest(`/api/announcements?${query}`, { token: member.token })).status).toBe(400)
      if (!/abc|-5/.test(query)) expect((await rest(`/api/announcements?${query}`, { token: actors.admin.token })).status).toBe(200)
    },
  )

  it('GET /api/announcements?limit=100 still answers visitors', async () => {
    const response = await rest('/api/announcements?limit=100')
    expect(response.status).toBe(200)
    expect(response.json.limit).toBe(100)
  })

  it.each(['/api/members/abc', '/api/members/sign-in', '/api/users/abc', '/api/stories/abc', '/api/media/abc'])('GET %s answers a 4xx for anyone, never a 500', async (path) => {
    for (const token of [undefined, member.token, actors.admin.token]) {
      const response = await rest(path, { token })
      expect(response.status, `${path} as ${token ? 'someone' : 'anonymous'}`).toBeGreaterThanOrEqual(400)
      expect(response.status).toBeLessThan(500)
    }
  })

  it.each(['/api/media/file/no-such-file.pdf', '/api/stories/file/no-such-photo.jpg'])('GET %s answers 404 to staff, 403 to visitors, never a 500', async (path) => {
    const staff = await rest(path, { token: actors.admin.token })
    expect(staff.status).toBe(404)
    expect(staff.json).toMatchObject({ code: 'not-found' })
    expect((await rest(path)).status).toBe(403)
  })

  it('a staff edit with a NUL is refused and the stored document is unchanged', async () => {
    const region = await payload.findByID({ collection: 'regions', id: ncal })
    const response = await rest(`/api/regions/${ncal}`, { method: 'PATCH', token: actors.admin.token, body: { name: 'North\u0000ern' } })
    expect(response.status).toBe(400)
    expect((await payload.findByID({ collection: 'regions', id: ncal })).name).toBe(region.name)
  })

  it('GraphQL answers a NUL with an error that says so and a 400 status, not "Something went wrong"', async () => {
    const result = await graphql('{ Announcements(where: { title: { equals: "\\u0000" } }) { docs { title } } }')
    const error = result.errors?.[0] as { message: string; extensions?: { statusCode?: number } } | undefined
    expect(error?.message).toMatch(/NUL byte/)
    expect(error?.extensions?.statusCode).toBe(400)
  })

  it('GraphQL refuses an id no integer column holds before running anything', async () => {
    const result = await graphql('{ Announcement(id: 99999999999) { title } }')
    expect(result.errors?.[0]?.message).toMatch(/invalid value 99999999999/)
    expect(result.data).toBeUndefined()
  })
})

describe('pages', () => {
  it('a slug that breaks the slug rule names nothing, without a query (the page answers 404)', async () => {
    const find = vi.spyOn(payload, 'find')
    expect(await getAnnouncementBySlug('bonus\u0000', 'en', VISITOR)).toBeNull()
    expect(await getAnnouncementBySlug('../etc/passwd', 'en', VISITOR)).toBeNull()
    expect(find).not.toHaveBeenCalled()
    find.mockRestore()
  })

  it('a NUL in the search box is a message for the person, not a query', () => {
    const parsed = searchQuery.safeParse({ q: 'staffing\u0000bonus' })
    expect(parsed.success).toBe(false)
    expect(messageText('en', parsed.error?.issues[0]?.message ?? '')).toMatch(/unusual characters/)
  })
})

describe('one answer shape', () => {
  it("Payload's own refusals carry the same error and code as ours, beside Payload's errors list", async () => {
    const missing = await rest('/api/announcements/2147483000')
    expect(missing.status).toBe(404)
    expect(missing.json).toMatchObject({ code: 'not-found', error: expect.any(String), errors: [{ message: expect.any(String) }] })
    const forbidden = await rest('/api/users')
    expect(forbidden.status).toBe(403)
    expect(forbidden.json).toMatchObject({ code: 'forbidden', error: expect.any(String) })
    const query = await rest('/api/announcements?where[nonexistent][equals]=x')
    expect(query.json).toMatchObject({ code: 'invalid', error: expect.stringMatching(/cannot be queried/) })
  })
})
