// The shipped nginx config (deploy/nginx/portal.conf.template) in front of a second production
// instance with TRUSTED_PROXY_HOPS=1: what it caches, what it never caches, that a client cannot pick
// its rate-limit bucket through it, and that publishing shows through it within 2 s.
// Requests go out with fetch so each test controls every header (a browser's Sec-Fetch-Site for the
// session cookie, Accept-Encoding, X-Forwarded-For).
import { expect, test } from '@playwright/test'

import { lexical } from '../../scripts/seed/lexical'
import { DEMO_MEMBER_PASSWORD, DEMO_MEMBERS } from '../../scripts/seed/members'
import { startAppInstance, type AppInstance } from '../helpers/appInstance'
import { nginxMissing, startPortalProxy, type NginxInstance } from '../helpers/nginx'
import { demo } from './helpers/admin'
import { ARTICLE } from './helpers/routes'

const missing = nginxMissing()
test.skip(Boolean(missing), missing ?? '')

// A browser following a link: compressed answers, and the header Payload needs before it accepts a
// session cookie on a request without Origin (TOOLCHAIN "Payload's cookie rule").
const BROWSER = { accept: 'text/html', 'accept-encoding': 'gzip', 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'navigate' }
const PAGES = ['/', '/news', ARTICLE, '/bargaining']

let app: AppInstance
let proxy: NginxInstance

test.beforeAll(async () => {
  test.setTimeout(120_000)
  app = await startAppInstance({ env: { TRUSTED_PROXY_HOPS: '1' } })
  proxy = await startPortalProxy({ upstreams: [`127.0.0.1:${app.port}`] })
})

test.afterAll(async () => {
  await proxy?.stop()
  await app?.stop()
})

// The proxy's access log (with each request's cache status) explains a failure better than a status.
test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus && proxy) {
    await testInfo.attach('nginx access log', { body: proxy.accessLog().split('\n').slice(-200).join('\n') })
    await testInfo.attach('nginx error log', { body: proxy.errorLog() })
  }
})

type Answer = { status: number; cache: string | null; headers: Headers; body: string }

async function get(base: string, path: string, headers: Record<string, string> = BROWSER): Promise<Answer> {
  const response = await fetch(`${base}${path}`, { headers, redirect: 'manual' })
  return { status: response.status, cache: response.headers.get('x-cache-status'), headers: response.headers, body: await response.text() }
}

/** Asks until the proxy answers from its cache (the first request stores, a later one hits). */
async function untilHit(path: string, headers: Record<string, string> = BROWSER): Promise<Answer> {
  let last: Answer | undefined
  await expect
    .poll(async () => (last = await get(proxy.url, path, headers)).cache, { message: `${path} never became a cache HIT`, timeout: 10_000, intervals: [50] })
    .toBe('HIT')
  return last!
}

async function signInMember(): Promise<string> {
  const response = await fetch(`${proxy.url}/api/members/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO_MEMBERS[0]!.email, password: DEMO_MEMBER_PASSWORD }),
  })
  expect(response.status, 'demo member sign-in through the proxy').toBe(200)
  const token = response.headers.getSetCookie().find((cookie) => cookie.startsWith('payload-token='))
  expect(token, 'payload-token cookie').toBeDefined()
  return `${token!.split(';')[0]}; signed-in=1`
}

async function staffToken(): Promise<string> {
  const person = demo('communications')
  const response = await fetch(`${proxy.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: person.email, password: person.password }),
  })
  expect(response.status, 'staff sign-in through the proxy').toBe(200)
  return ((await response.json()) as { token: string }).token
}

test('visitor pages are served from the cache with the bytes the app sends, one copy per encoding', async () => {
  for (const path of PAGES) {
    const hit = await untilHit(path)
    expect(hit.status, path).toBe(200)
    // The app's compressed bytes, stored once and served as they are.
    expect(hit.headers.get('content-encoding'), path).toBe('gzip')
    const direct = await get(app.url, path)
    expect(direct.status, path).toBe(200)
    expect(hit.body, `${path}: the cached page is the app's page`).toBe(direct.body)
    // Another spelling of "gzip" shares that copy instead of adding a variant.
    expect((await get(proxy.url, path, { ...BROWSER, 'accept-encoding': 'gzip, deflate, br, zstd' })).cache, path).toMatch(/^(HIT|STALE|UPDATING)$/)
  }
  // Without gzip: a separate, uncompressed copy.
  const plain = await untilHit('/news', { ...BROWSER, 'accept-encoding': 'identity' })
  expect(plain.headers.get('content-encoding')).toBeNull()
})

test('a request with a session is never served from the cache, and its answer is never stored', async () => {
  const cookie = await signInMember()
  const member = { ...BROWSER, cookie }

  // A page the cache holds is not served to the member…
  await untilHit('/news')
  const memberNews = await get(proxy.url, '/news', member)
  expect(memberNews.status).toBe(200)
  expect(memberNews.cache).toBe('BYPASS')

  // …and what the member gets is not stored: a URL nobody asked for yet, first as the member, then
  // anonymously (a MISS: nothing was stored), then anonymously again (a HIT: the URL is cacheable).
  const probe = `/news?proxy-probe=${Date.now()}`
  expect((await get(proxy.url, probe, member)).cache).toBe('BYPASS')
  expect((await get(proxy.url, probe)).cache).toBe('MISS')
  await untilHit(probe)

  // A page whose answer differs per person: the member's account through the proxy…
  const account = await get(proxy.url, '/account', member)
  expect(account.status).toBe(200)
  expect(account.body).toContain(DEMO_MEMBERS[0]!.name)
  expect(account.cache).toBe('BYPASS')
  // …never reaches a visitor afterwards.
  for (let attempt = 0; attempt < 3; attempt++) {
    const visitor = await get(proxy.url, '/account')
    expect(visitor.cache).not.toBe('HIT')
    expect(visitor.status).toBe(307)
    expect(visitor.body).not.toContain(DEMO_MEMBERS[0]!.name)
  }

  // Draft mode and a bearer token bypass the same way.
  expect((await get(proxy.url, '/news', { ...BROWSER, cookie: '__prerender_bypass=x' })).cache).toBe('BYPASS')
  expect((await get(proxy.url, '/news', { ...BROWSER, authorization: 'JWT x' })).cache).toBe('BYPASS')
  // The signed-in hint alone is not a session: the shared page is fine.
  expect((await untilHit('/news', { ...BROWSER, cookie: 'signed-in=1' })).status).toBe(200)
})

test('private, no-store and cookie-setting answers are never stored', async () => {
  // /signin is dynamic: private, no-cache, no-store.
  for (let attempt = 0; attempt < 3; attempt++) {
    const signin = await get(proxy.url, '/signin')
    expect(signin.headers.get('cache-control')).toContain('no-store')
    expect(signin.cache).toBe('MISS')
  }
  // /exit-preview clears the draft-mode cookie: a Set-Cookie answer, not to be shared.
  for (let attempt = 0; attempt < 3; attempt++) {
    const exit = await get(proxy.url, '/exit-preview')
    expect(exit.headers.getSetCookie().join(';')).toContain('__prerender_bypass=')
    expect(exit.cache).toBe('MISS')
  }
  // The API passes straight through: no cache involved at all.
  const session = await get(proxy.url, '/api/members/session', { ...BROWSER, accept: 'application/json' })
  expect(session.cache).toBeNull()
})

test('400 signatures from one client with 400 spoofed X-Forwarded-For values are limited as one client', async () => {
  test.setTimeout(180_000)
  const regions = (await (await fetch(`${proxy.url}/api/regions?where[code][equals]=ncal&depth=0`)).json()) as { docs: Array<{ id: number }> }
  const region = regions.docs[0]!.id
  const stamp = Date.now()
  const sign = (base: string, n: number, forwardedFor: string) =>
    fetch(`${base}/api/petitions/partnership-open-letter/sign`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ name: 'Proxy Signer', email: `proxy-${stamp}-${n}@example.org`, region }),
    }).then((response) => response.status)

  const statuses = new Map<number, number>()
  let next = 0
  // Eight at a time, like a busy meeting room behind one address.
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < 400) {
        const n = next++
        const status = await sign(proxy.url, n, `203.0.113.${n % 250}, 10.${n >> 8}.0.${n & 255}`)
        statuses.set(status, (statuses.get(status) ?? 0) + 1)
      }
    }),
  )
  const signed = statuses.get(201) ?? 0
  const limited = statuses.get(429) ?? 0
  // One bucket of 300 (lib/rateLimit/limits.ts): the spoofed headers did not spread the requests out.
  expect([...statuses.keys()].filter((status) => status !== 201 && status !== 429), `answers: ${JSON.stringify([...statuses])}`).toEqual([])
  expect(signed, `answers: ${JSON.stringify([...statuses])}`).toBeLessThanOrEqual(300)
  expect(limited).toBeGreaterThanOrEqual(100)

  // The control: the same app reached directly (no proxy to overwrite the header) trusts the last
  // entry, so a spoofed address gets its own fresh bucket — what the proxy prevents — while the
  // proxy's address (the bucket above) is spent.
  expect(await sign(app.url, 1000, '198.51.100.7')).toBe(201)
  expect(await sign(app.url, 1001, '127.0.0.1')).toBe(429)
})

test('publishing and unpublishing show through the proxy within 2 s', async () => {
  const token = await staffToken()
  const auth = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
  const title = `Proxy publish check ${Date.now()}`
  // The list is in the proxy's cache before the change, so the change has to get past it.
  await untilHit('/news')

  const publishedAt = Date.now()
  const created = await fetch(`${proxy.url}/api/announcements`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ title, summary: 'Shows through the proxy.', body: lexical(['Published through the proxy.']), audience: 'public', topics: ['bargaining'], _status: 'published' }),
  })
  expect(created.status).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
  await expect
    .poll(async () => (await get(proxy.url, '/news')).body.includes(title), { message: 'published article on /news through the proxy', timeout: 2_000, intervals: [100] })
    .toBe(true)
  await expect
    .poll(async () => (await get(proxy.url, `/news/${doc.slug}`)).status, { message: 'article page through the proxy', timeout: 2_000, intervals: [100] })
    .toBe(200)

  // How close to the deadline it was, in the report (not asserted: the polls above are the deadline).
  test.info().annotations.push({ type: 'publish visible through the proxy after', description: `${Date.now() - publishedAt} ms` })

  // The article page is cached now; unpublishing must get past that copy too.
  await untilHit(`/news/${doc.slug}`)
  const unpublishedAt = Date.now()
  const unpublished = await fetch(`${proxy.url}/api/announcements/${doc.id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ _status: 'draft' }) })
  expect(unpublished.status).toBe(200)
  await expect
    .poll(async () => (await get(proxy.url, `/news/${doc.slug}`)).status, { message: 'unpublished article gone through the proxy', timeout: 2_000, intervals: [100] })
    .toBe(404)
  await expect
    .poll(async () => (await get(proxy.url, '/news')).body.includes(title), { message: 'unpublished article off /news through the proxy', timeout: 2_000, intervals: [100] })
    .toBe(false)
  test.info().annotations.push({ type: 'unpublish visible through the proxy after', description: `${Date.now() - unpublishedAt} ms` })
})

test('build files under /_next/static are cached for a year', async () => {
  const home = await get(proxy.url, '/')
  const script = /\/_next\/static\/[^"']+\.js/.exec(home.body)?.[0]
  expect(script, 'a script of the build in the home page').toBeDefined()
  const hit = await untilHit(script!, { accept: '*/*', 'accept-encoding': 'gzip' })
  expect(hit.status).toBe(200)
  expect(hit.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  // A name no build has: not stored, and no year-long promise.
  const absent = await get(proxy.url, '/_next/static/chunks/no-such-file.js', { accept: '*/*' })
  expect(absent.status).toBe(404)
  expect(absent.headers.get('cache-control')).toBe('no-store')
})
