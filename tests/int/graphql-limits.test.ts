// One request cannot exhaust the server: GraphQL bombs (a join/relationship cycle, aliases, depth,
// fragments, huge limits and bodies) answer a 400 naming the limit within a second, with the heap
// flat, through the app's real /api/graphql route; REST with depth=10 and joins stays small and fast.
// Queries the site and the admin need still return the database's data.
import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { withGraphQLLimits } from '@/lib/graphql/guardRequest'
import { MAX_BODY_BYTES, MAX_COMPLEXITY, MAX_DEPTH, MAX_DOCUMENTS, MAX_PAGE_LIMIT, MAX_QUERY_TOKENS, MAX_ROOT_FIELDS } from '@/lib/graphql/limits'
import { seed } from '@/scripts/seed/index'
import { DEMO_STAFF } from '@/scripts/seed/staff'

import { makeDoc, regionId } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { graphqlRequest, login, rest } from '../helpers/rest'
import { contentCleanup } from './members-fixtures'

let payload: Payload
let adminToken: string
let campaign: { id: number }
const STORIES = 12
const cleanup = contentCleanup(() => payload)

afterAll(() => cleanup.run())

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  const admin = DEMO_STAFF.find((person) => person.role === 'admin')!
  adminToken = await login(admin.email, admin.password)
  const ncal = await regionId(payload, 'ncal')
  campaign = cleanup.track('campaigns', await makeDoc(payload, 'campaigns', { status: 'published' }))
  for (let i = 0; i < STORIES; i++) {
    await payload.create({
      collection: 'stories',
      data: { text: `Limits story ${i}`, status: 'approved', region: ncal, campaign: campaign.id, consentToPublish: true, byline: 'A nurse' },
      context: { disableRevalidate: true },
    })
    await payload.create({ collection: 'signatures', data: { campaign: campaign.id, name: `Signer ${i}`, email: `limits.${i}.${Date.now()}@example.org`, region: ncal } })
  }
  // Payload builds its GraphQL schema on the first request: a start-up cost, not the bombs' to measure.
  await graphqlRequest(JSON.stringify({ query: '{ Announcements(limit: 1) { docs { id } } }' }))
})

const HEAP_HEADROOM = 200 * 1024 * 1024

/** Server time and heap growth around one call (after a collection, when the run exposes gc). */
async function measured<T>(call: () => Promise<T>): Promise<{ result: T; ms: number; heapGrowth: number }> {
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  const heapBefore = process.memoryUsage().heapUsed
  const started = performance.now()
  const result = await call()
  const ms = performance.now() - started
  gc?.()
  return { result, ms, heapGrowth: process.memoryUsage().heapUsed - heapBefore }
}

/** Sends one query through /api/graphql and expects a quick 400 that names the limit. */
async function expectRefused(query: string, code: string | undefined, message: string | RegExp) {
  const { result, ms, heapGrowth } = await measured(() => graphqlRequest(JSON.stringify({ query })))
  expect(result.status, result.text).toBe(400)
  expect(result.json.data).toBeUndefined()
  expect(result.json.errors?.[0]?.extensions?.code).toBe(code)
  expect(result.json.errors?.[0]?.message).toMatch(message)
  expect(ms).toBeLessThan(1000)
  expect(heapGrowth).toBeLessThan(HEAP_HEADROOM)
}

/** `levels` times campaign → stories → campaign, the cycle a join and its relationship form. */
function campaignCycle(levels: number, limit = 10) {
  let inner = 'title'
  for (let level = 0; level < levels; level++) inner = `stories(limit: ${limit}) { docs { id campaign { id ${inner} } } }`
  return `{ Campaign(id: ${campaign.id}) { id ${inner} } }`
}

describe('GraphQL bombs', () => {
  it('refuses the 30-level campaign → stories → campaign cycle by its depth', async () => {
    await expectRefused(campaignCycle(30), 'DEPTH_LIMIT', `the depth limit is ${MAX_DEPTH}`)
  })

  it('refuses a cycle that fits the depth limit because its pages multiply', async () => {
    const query = `{ Campaigns(limit: 10) { docs { stories(limit: ${MAX_PAGE_LIMIT}) { docs { campaign { stories(limit: ${MAX_PAGE_LIMIT}) { docs { id } } } } } } } }`
    await expectRefused(query, 'DOCUMENT_LIMIT', `could return 102,010 documents; the limit is ${MAX_DOCUMENTS}`)
  })

  it('weighs joins in the complexity score, so ten campaigns with their joins are too complex', async () => {
    const one = (i: number) => `c${i}: Campaign(id: ${campaign.id}) { stories(limit: 1) { docs { campaign { title } } } signatures(limit: 1) { docs { id } } }`
    const query = `{ ${Array.from({ length: MAX_ROOT_FIELDS }, (_, i) => one(i)).join(' ')} }`
    // Payload's own complexity error has no code; its message names the limit.
    await expectRefused(query, undefined, `exceeds the maximum complexity of ${MAX_COMPLEXITY}`)
  })

  it('refuses 50 aliased list queries in one request', async () => {
    const query = `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: Announcements(limit: ${MAX_PAGE_LIMIT}) { docs { id title body } }`).join(' ')} }`
    await expectRefused(query, 'ROOT_FIELD_LIMIT', `asks for 50 top-level fields; the limit is ${MAX_ROOT_FIELDS}`)
  })

  it('refuses aliases piled up below the top', async () => {
    const query = `{ Announcements(limit: 1) { docs { ${Array.from({ length: 200 }, (_, i) => `t${i}: title`).join(' ')} } } }`
    await expectRefused(query, 'ALIAS_LIMIT', 'uses 200 aliases')
  })

  it('refuses an introspection depth bomb (type → fields → type → …)', async () => {
    let inner = 'name'
    for (let level = 0; level < 20; level++) inner = `fields { type { ${inner} } }`
    await expectRefused(`{ __type(name: "Campaign") { ${inner} } }`, 'DEPTH_LIMIT', `the depth limit is ${MAX_DEPTH}`)
  })

  it('refuses depth hidden in a chain of fragments', async () => {
    const fragments = Array.from({ length: 12 }, (_, i) =>
      i % 2 === 0 ? `fragment F${i} on Campaign { stories(limit: 2) { docs { ...F${i + 1} } } }` : `fragment F${i} on Story { campaign { ${i < 11 ? `...F${i + 1}` : 'title'} } }`,
    ).join('\n')
    await expectRefused(`{ Campaign(id: ${campaign.id}) { ...F0 } }\n${fragments}`, 'DEPTH_LIMIT', `the depth limit is ${MAX_DEPTH}`)
  })

  it('refuses a fragment cycle with a 400 (it overflowed the complexity rule’s stack: a 500)', async () => {
    const query = `{ Campaign(id: ${campaign.id}) { ...A } } fragment A on Campaign { stories(limit: 1) { docs { ...B } } } fragment B on Story { campaign { ...A } }`
    await expectRefused(query, 'FRAGMENT_CYCLE', 'must not form cycles')
  })

  it('refuses a fragment reused inside fragments (exponential once spread out)', async () => {
    let fragments = 'fragment F0 on Announcement { id title }'
    for (let i = 1; i <= 30; i++) fragments += ` fragment F${i} on Announcement { ...F${i - 1} ...F${i - 1} }`
    await expectRefused(`{ Announcements(limit: 1) { docs { ...F30 } } } ${fragments}`, 'FIELD_LIMIT', 'once its fragments are spread out')
  })

  it('refuses a huge limit, limit 0, pagination off without a limit, and a join without a limit', async () => {
    await expectRefused('{ Announcements(limit: 100000) { docs { id } } }', 'PAGE_LIMIT', `limit 100000; the limit must be between 1 and ${MAX_PAGE_LIMIT}`)
    await expectRefused('{ Announcements(limit: 0) { docs { id } } }', 'PAGE_LIMIT', 'limit 0')
    await expectRefused('{ Announcements(pagination: false) { docs { id } } }', 'PAGE_LIMIT', 'when pagination is off')
    await expectRefused(`{ Campaign(id: ${campaign.id}) { stories { docs { id } } } }`, 'PAGE_LIMIT', 'Campaign.stories needs a `limit`')
  })

  it('reads limits given as variables', async () => {
    const body = JSON.stringify({ query: 'query ($n: Int) { Announcements(limit: $n) { docs { id } } }', variables: { n: 5000 } })
    const { status, json } = await graphqlRequest(body)
    expect(status).toBe(400)
    expect(json.errors?.[0]).toMatchObject({ extensions: { code: 'PAGE_LIMIT' }, message: expect.stringContaining('limit 5000') })
  })

  it('refuses a query of too many tokens, and a body too large to read', async () => {
    await expectRefused(`{ Announcements(limit: 1) { docs { ${'id '.repeat(MAX_QUERY_TOKENS)} } } }`, 'QUERY_TOO_LARGE', `more than ${MAX_QUERY_TOKENS.toLocaleString('en-US')} tokens`)
    const { result, ms } = await measured(() => graphqlRequest(JSON.stringify({ query: `{ Announcements { docs { id } } } # ${'x'.repeat(MAX_BODY_BYTES)}` })))
    expect(result.status).toBe(413)
    expect(result.json.errors?.[0]).toMatchObject({ extensions: { code: 'BODY_TOO_LARGE' }, message: expect.stringContaining('larger than 100,000 bytes') })
    expect(ms).toBeLessThan(1000)
  })

  it('answers 400 for plain query errors too, in the content type the client asked for', async () => {
    const { status, json, headers } = await graphqlRequest(JSON.stringify({ query: '{ Announcements(limit: 1) { docs { noSuchField } } }' }))
    expect(status).toBe(400)
    expect(json.errors?.[0]?.message).toMatch('Cannot query field "noSuchField"')
    expect(headers.get('content-type')).toMatch(/^application\/json/)
    const modern = await graphqlRequest(JSON.stringify({ query: '{ Announcements(limit: 1) { docs { noSuchField } } }' }), { headers: { accept: 'application/graphql-response+json' } })
    expect(modern.status).toBe(400)
    expect(modern.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/)
  })
})

describe('GraphQL time limit', () => {
  // The same handler the route mounts, with a limit every real query exceeds.
  const impatient = withGraphQLLimits(GRAPHQL_POST(config), { timeLimitMs: 1 })
  const post = (query: string) =>
    impatient(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }))

  it('answers a query that runs too long with a 400 naming the time limit', async () => {
    const response = await post('{ Announcements(limit: 50) { docs { title body } } }')
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ errors: [{ message: 'The query took longer than the time limit of 1 ms.', extensions: { code: 'TIME_LIMIT' } }] })
  })

  it('lets a mutation finish (a cut-off answer would hide that it still commits)', async () => {
    const admin = DEMO_STAFF.find((person) => person.role === 'admin')!
    const response = await post(`mutation { loginUser(email: "${admin.email}", password: "${admin.password}") { token } }`)
    expect(response.status).toBe(200)
    const { data } = (await response.json()) as { data?: { loginUser?: { token?: string } } }
    expect(data?.loginUser?.token).toEqual(expect.any(String))
  })
})

describe('what the site and the admin still get', () => {
  it('a page of 12 announcements, as the database orders them', async () => {
    const { status, json } = await graphqlRequest(JSON.stringify({ query: '{ Announcements(limit: 12) { docs { title slug } } }' }))
    expect(status).toBe(200)
    const expected = await payload.find({ collection: 'announcements', limit: 12, overrideAccess: false, depth: 0 })
    expect(expected.docs).toHaveLength(12)
    expect(json.data?.Announcements?.docs).toEqual(expected.docs.map(({ title, slug }) => ({ title, slug })))
  })

  it('a campaign with its approved stories one level deep', async () => {
    const query = `{ Campaign(id: ${campaign.id}) { id stories(limit: ${STORIES}) { docs { text campaign { id } } } } }`
    type Stories = { Campaign: { stories: { docs: Array<{ text: string; campaign: { id: number } }> } } }
    const { status, json } = await graphqlRequest<Stories>(JSON.stringify({ query }))
    expect(status, JSON.stringify(json.errors)).toBe(200)
    const stories = json.data!.Campaign.stories.docs
    expect(stories.map((story) => story.text).sort()).toEqual(Array.from({ length: STORIES }, (_, i) => `Limits story ${i}`).sort())
    expect(stories.every((story) => story.campaign.id === campaign.id)).toBe(true)
  })

  it('the largest page the limits allow, with images and regions', async () => {
    const query = `{ Announcements(limit: ${MAX_PAGE_LIMIT}) { totalDocs docs { title heroImage { url alt } regions { name } } } }`
    const { status, json } = await graphqlRequest(JSON.stringify({ query }))
    expect(status, JSON.stringify(json.errors)).toBe(200)
    const total = await payload.count({ collection: 'announcements', overrideAccess: false })
    expect(json.data?.Announcements?.docs).toHaveLength(Math.min(total.totalDocs, MAX_PAGE_LIMIT))
  })
})

describe('REST', () => {
  it.each([
    [`/api/campaigns?depth=10`],
    [`/api/stories?depth=10&limit=${STORIES}`],
    [`/api/announcements?depth=10&limit=100`],
  ])('%s answers within a second, under 2 MB, heap flat', async (path) => {
    const { result, ms, heapGrowth } = await measured(() => rest(path, { token: adminToken }))
    expect(result.status).toBe(200)
    expect(ms).toBeLessThan(1000)
    expect(heapGrowth).toBeLessThan(HEAP_HEADROOM)
    expect(result.text.length).toBeLessThan(2_000_000)
  })

  it('caps depth=10 on a campaign with joins: its stories’ campaigns are ids, not campaigns with their stories again', async () => {
    const { status, json } = await rest(`/api/campaigns/${campaign.id}?depth=10`, { token: adminToken })
    expect(status).toBe(200)
    const { stories, signatures } = json as { stories: { docs: Array<{ campaign: unknown }> }; signatures: { docs: unknown[] } }
    expect(stories.docs.length).toBeGreaterThan(0)
    expect(signatures.docs.length).toBeGreaterThan(0)
    expect(stories.docs.every((story) => story.campaign === campaign.id)).toBe(true)
  })

  it('depth=10 on a story populates its campaign once, with its title and slug only (defaultPopulate): no joins', async () => {
    const { status, json } = await rest(`/api/stories?depth=10&limit=1&where[campaign][equals]=${campaign.id}`)
    expect(status).toBe(200)
    const [story] = json.docs as Array<{ campaign: Record<string, unknown> }>
    // `audience` and `spanishStatus` are force-selected on content (the members-only field rule and the
    // Spanish gate read them).
    expect(story!.campaign).toEqual({ id: campaign.id, title: expect.any(String), slug: expect.any(String), audience: 'public', spanishStatus: 'none' })
  })

  it('depth=10 on a story that asks for its campaign’s stories: the joined stories do not expand the campaign again', async () => {
    const { status, json } = await rest(`/api/stories?depth=10&limit=1&where[campaign][equals]=${campaign.id}&populate[campaigns][stories]=true`)
    expect(status).toBe(200)
    const [story] = json.docs as Array<{ campaign: { id: number; stories: { docs: Array<{ campaign: unknown }> } } }>
    expect(story!.campaign.id).toBe(campaign.id)
    expect(story!.campaign.stories.docs.length).toBeGreaterThan(0)
    expect(story!.campaign.stories.docs.every((joined) => typeof joined.campaign !== 'object' || joined.campaign === null)).toBe(true)
  })
})
