// Several instances, as docker-compose.yml runs them: two `next start` of the one production build
// sharing PostgreSQL (the e2e database), the Next cache (Redis) and uploads (an S3 bucket), with the job
// worker beside them. What a member would notice: a change made through one instance shows on the
// other at once, a file uploaded through one is served by the other, a scheduled post goes out once.
// The cluster has a database of its own, seeded like the e2e one: the e2e layer's server (no Redis, its
// own cache) also runs jobs, and a scheduled publish it took would expire only its own cache — the
// cluster would keep serving the cached 404 (a deployment never mixes runners that share no cache).
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test'

import { databaseName, dropDatabase, ensureDatabase, withDatabase } from '../../lib/db/databases'
import { freePort } from '../../lib/freePort'
import { bannerPng } from '../../scripts/seed/assets'
import { startAppInstance, type AppInstance } from '../helpers/appInstance'
import { nginxMissing, startPortalProxy, type NginxInstance } from '../helpers/nginx'
import { flushTestRedis, redisMissing, TEST_REDIS_URL } from '../helpers/redis'
import { startS3Server, type TestS3 } from '../helpers/s3Server'
import { until } from '../helpers/wait'
import { demo } from './helpers/admin'
import { ARTICLE } from './helpers/routes'

test.describe.configure({ mode: 'serial' })

// The promise: publish and unpublish show on every instance within 2 s.
const VISIBLE_WITHIN_MS = 2_000

let a: AppInstance
let b: AppInstance
let s3: TestS3
let proxy: NginxInstance | undefined
let worker: ChildProcess | undefined
let clusterEnv: Record<string, string> = {}
let workerOutput = ''
let staffA: APIRequestContext
let staffB: APIRequestContext

/**
 * One staff session used through both instances, as the proxy would route one editor's requests to
 * either (two logins at once for one account would race on its session list).
 */
async function staffSession(instance: AppInstance): Promise<string> {
  const person = demo('communications')
  const client = await playwrightRequest.newContext({ baseURL: instance.url })
  const login = await client.post('/api/users/login', { data: { email: person.email, password: person.password } })
  expect(login.ok()).toBe(true)
  const { token } = (await login.json()) as { token: string }
  await client.dispose()
  return token
}

const staffOn = (instance: AppInstance, token: string) =>
  playwrightRequest.newContext({ baseURL: instance.url, extraHTTPHeaders: { authorization: `JWT ${token}` } })

async function page(instance: AppInstance, pathname: string) {
  const response = await fetch(`${instance.url}${pathname}`, { headers: { 'accept-encoding': 'gzip' } })
  return { status: response.status, cache: response.headers.get('x-nextjs-cache'), html: await response.text() }
}

/** Reads a page until this instance has it in the shared cache (a HIT), so a later change must replace it. */
async function cached(instance: AppInstance, pathname: string) {
  await until(async () => (await page(instance, pathname)).cache === 'HIT', 15_000, `${pathname} cached on ${instance.url}`)
  return page(instance, pathname)
}

async function announcementBySlug(client: APIRequestContext, slug: string) {
  const response = await client.get(`/api/announcements?where[slug][equals]=${encodeURIComponent(slug)}&depth=0&draft=true`)
  const { docs } = (await response.json()) as { docs: Array<{ id: number; title: string; _status: string }> }
  return docs[0]!
}

/**
 * Runs a TypeScript script against this cluster's database to its end; resolves with what it printed.
 * Exit 13 while loading (tsx on Node 20, README: Tests) happens before the script did anything: once more.
 */
async function runToEnd(script: string, args: string[], env: Record<string, string>, retry = true): Promise<string> {
  const { code, out } = await new Promise<{ code: number | null; out: string }>((resolve) => {
    let out = ''
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      env: { ...process.env, DISABLE_PAYLOAD_HMR: 'true', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk))
    child.on('exit', (exitCode) => resolve({ code: exitCode, out }))
  })
  if (code === 13 && out === '' && retry) return runToEnd(script, args, env, false)
  if (code !== 0) throw new Error(`${script} exited ${code}`)
  return out
}

/** Saves through one instance's REST API as staff; a refusal fails with Payload's own message. */
async function save(client: APIRequestContext, id: number, data: Record<string, unknown>) {
  const response = await client.patch(`/api/announcements/${id}`, { data })
  expect(response.ok(), `PATCH announcement ${id}: ${response.status()} ${await response.text()}`).toBe(true)
}

test.beforeAll(async () => {
  test.setTimeout(180_000)
  const missing = await redisMissing()
  test.skip(Boolean(missing), missing ?? '')
  await flushTestRedis()
  s3 = await startS3Server()
  const databaseUrl = withDatabase(process.env.DATABASE_URL!, `${databaseName(process.env.DATABASE_URL!)}_cluster`)
  await dropDatabase(databaseUrl)
  await ensureDatabase(databaseUrl)
  // Seeded like the e2e database (same slugs and demo staff), files in this cluster's bucket.
  await runToEnd('scripts/prepare-db.ts', ['--seed-if-empty'], { DATABASE_URL: databaseUrl, ...s3.env, NODE_ENV: 'development' })
  clusterEnv = { DATABASE_URL: databaseUrl, ...s3.env }
  const env = {
    ...clusterEnv,
    REDIS_URL: TEST_REDIS_URL,
    TRUSTED_PROXY_HOPS: '1',
    // Both web instances poll for jobs too, on purpose: with the worker that is three runners racing
    // for one scheduled publish, which the database claim must settle (compose runs them with false).
    JOBS_AUTORUN: 'true',
  }
  ;[a, b] = await Promise.all([startAppInstance({ env }), startAppInstance({ env })])
  worker = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
    env: { ...process.env, ...env, NODE_ENV: 'production', DISABLE_PAYLOAD_HMR: 'true', INTERNAL_URL: a.url },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  worker.stdout!.setEncoding('utf8').on('data', (chunk: string) => (workerOutput = (workerOutput + chunk).slice(-20_000)))
  worker.stderr!.setEncoding('utf8').on('data', (chunk: string) => (workerOutput = (workerOutput + chunk).slice(-20_000)))
  const token = await staffSession(a)
  ;[staffA, staffB] = await Promise.all([staffOn(a, token), staffOn(b, token)])
  // The shipped proxy in front of both, as in docker-compose.yml (its own spec covers it in depth).
  if (!nginxMissing()) proxy = await startPortalProxy({ upstreams: [`127.0.0.1:${a.port}`, `127.0.0.1:${b.port}`] })
})

test.afterAll(async () => {
  worker?.kill('SIGTERM')
  await proxy?.stop()
  await Promise.all([a?.stop(), b?.stop()])
  await s3?.close()
  if (clusterEnv.DATABASE_URL) await dropDatabase(clusterEnv.DATABASE_URL)
})

test('a page rendered by one instance is served from the shared cache by the other', async () => {
  const first = await page(a, ARTICLE)
  expect(first.status).toBe(200)
  const onB = await cached(b, ARTICLE)
  expect(onB.html).toBe((await page(a, ARTICLE)).html)
})

test('unpublished through B is gone on A, republished through A is back on B, an edit shows everywhere — each within 2 s', async () => {
  const slug = ARTICLE.split('/').pop()!
  const post = await announcementBySlug(staffA, slug)
  expect((await cached(a, ARTICLE)).html).toContain(post.title)

  // Whatever happens, the article ends as it began: the specs after this one read it.
  try {
    await save(staffB, post.id, { _status: 'draft' })
    await until(async () => (await page(a, ARTICLE)).status === 404, VISIBLE_WITHIN_MS, 'A stops showing the unpublished post')
    expect((await cached(b, ARTICLE)).status).toBe(404)

    await save(staffA, post.id, { _status: 'published' })
    await until(async () => (await page(b, ARTICLE)).status === 200, VISIBLE_WITHIN_MS, 'B shows the republished post')

    await cached(b, ARTICLE)
    await save(staffA, post.id, { title: `${post.title} (corrected)`, _status: 'published' })
    await until(async () => (await page(b, ARTICLE)).html.includes('(corrected)'), VISIBLE_WITHIN_MS, 'B shows the corrected title')
  } finally {
    await save(staffA, post.id, { title: post.title, _status: 'published' })
  }
})

test('through the proxy in front of both, an unpublish and a republish show within 2 s whichever replica answers', async () => {
  test.skip(!proxy, nginxMissing() ?? '')
  const viaProxy = async () => {
    const response = await fetch(`${proxy!.url}${ARTICLE}`, { headers: { 'accept-encoding': 'gzip' } })
    return { status: response.status, cacheStatus: response.headers.get('x-cache-status') }
  }
  await until(async () => (await viaProxy()).cacheStatus === 'HIT', 10_000, 'the article is a proxy hit')
  // Both replicas hold the page, so whichever the proxy asks next could answer from its cache.
  await Promise.all([cached(a, ARTICLE), cached(b, ARTICLE)])

  const post = await announcementBySlug(staffA, ARTICLE.split('/').pop()!)
  try {
    await save(staffB, post.id, { _status: 'draft' })
    await until(async () => (await viaProxy()).status === 404, VISIBLE_WITHIN_MS, 'the proxy stops showing the unpublished post')
    // And it stays gone: no replica hands the old page back to the proxy on a later refresh.
    for (let i = 0; i < 6; i++) {
      await new Promise((resolve) => setTimeout(resolve, 400))
      expect((await viaProxy()).status).toBe(404)
    }
  } finally {
    await save(staffA, post.id, { _status: 'published' })
  }
  await until(async () => (await viaProxy()).status === 200, VISIBLE_WITHIN_MS, 'the proxy shows the republished post')
})

test('a file uploaded through A lands in the bucket, not on A’s disk, and B serves the same bytes (with the same access rule)', async () => {
  const bytes = await bannerPng('Uploaded through A', 200, 640, 360)
  const name = `scale-out-${Date.now()}.png`
  const upload = await staffA.post('/api/media', {
    multipart: { file: { name, mimeType: 'image/png', buffer: bytes }, _payload: JSON.stringify({ alt: 'Uploaded through instance A' }) },
  })
  expect(upload.status()).toBe(201)
  const { doc } = (await upload.json()) as { doc: { filename: string } }

  // A fresh upload that no public item uses yet is not public: staff see it through B, a visitor does not.
  const fromB = await staffB.get(`/api/media/file/${doc.filename}`)
  expect(fromB.status()).toBe(200)
  expect((await fromB.body()).equals(bytes)).toBe(true)
  expect((await fetch(`${b.url}/api/media/file/${doc.filename}`)).status).toBe(403)

  const inBucket = fs.readdirSync(s3.directory, { recursive: true }).map(String)
  expect(inBucket.some((file) => file.includes(doc.filename))).toBe(true)
  expect(fs.existsSync(path.join('media', doc.filename))).toBe(false)
})

test('one scheduled publish, with both instances and the worker polling, goes out exactly once', async () => {
  test.setTimeout(90_000)
  const title = `Scheduled across instances ${Date.now()}`
  const slug = (await runToEnd('tests/e2e/helpers/schedule-post.ts', ['3', title], clusterEnv)).trim().split('\n').pop()!
  expect((await page(b, `/news/${slug}`)).status).toBe(404)

  await until(async () => (await page(b, `/news/${slug}`)).status === 200, 30_000, 'the scheduled post goes live')
  // Long enough for every runner to have polled at least twice more (they poll every 5 s).
  await new Promise((resolve) => setTimeout(resolve, 12_000))

  const post = await announcementBySlug(staffA, slug)
  const versions = await staffA.get(`/api/announcements/versions?where[parent][equals]=${post.id}&where[version._status][equals]=published&depth=0&limit=10`)
  const { totalDocs } = (await versions.json()) as { totalDocs: number }
  expect(totalDocs, `published versions (worker log:\n${workerOutput.slice(-2000)})`).toBe(1)
})

test('with Redis unreachable an instance still serves pages, and says so in its log', async () => {
  const closedPort = await freePort()
  const alone = await startAppInstance({ env: { REDIS_URL: `redis://127.0.0.1:${closedPort}`, JOBS_AUTORUN: 'false' } })
  try {
    const statuses = await Promise.all(Array.from({ length: 20 }, () => page(alone, ARTICLE).then((response) => response.status)))
    expect(statuses.every((status) => status === 200)).toBe(true)
    expect((await page(alone, '/')).status).toBe(200)
    expect(alone.output()).toMatch(/\[cache\] Redis at redis:\/\/127\.0\.0\.1:\d+ is unavailable/)
  } finally {
    await alone.stop()
  }
})
