// npm run bench – not a test: builds and starts the production server on a fresh database with the
// demo content plus 10k generated announcements, then loads the main routes with autocannon.
// Options: --skip-build (reuse .next), --connections 50, --seconds 10, --bulk 10000,
// --proxy (the shipped nginx proxy vs nginx serving the same pages as files, with wrk: scripts/bench/proxy.ts),
// --instances 2 (app instances behind the proxy), --email (alerts to --members 10000 through SMTP: scripts/bench/email.ts),
// --only dashboard (just the reference row and the admin dashboard per staff role: scripts/bench/dashboard.ts).
import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import os from 'node:os'
import { parseArgs } from 'node:util'

import autocannon from 'autocannon'
import pg from 'pg'

import { dropDatabase, ensureDatabase, withDatabase } from '../lib/db/databases'
import { startEmbeddedCluster, type EmbeddedCluster } from '../lib/db/embedded'
import { flushTestRedis, redisMissing, TEST_REDIS_URL } from '../tests/helpers/redis'
import { dashboardRuns, printDashboardTimings, signInStaff, timeDashboard, type DashboardTiming } from './bench/dashboard'
import { benchEmail } from './bench/email'
import { benchProxy } from './bench/proxy'
import { DEMO_MEMBER_PASSWORD, DEMO_MEMBERS } from './seed/members'

const { values } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '10' },
    bulk: { type: 'string', default: '10000' },
    proxy: { type: 'boolean', default: false },
    instances: { type: 'string', default: '2' },
    email: { type: 'boolean', default: false },
    members: { type: 'string', default: '10000' },
    only: { type: 'string' },
  },
})
if (values.only !== undefined && values.only !== 'dashboard') throw new Error(`--only takes "dashboard", not "${values.only}"`)
// A quick run for the admin dashboard: the reference row for the ratio, then the dashboard's rows; no Local API timing.
const dashboardOnly = values.only === 'dashboard'
const PORT = 3300
const BASE = `http://127.0.0.1:${PORT}`

// What a browser sends when a member follows a link on the site: compressed answers, and the
// Sec-Fetch-Site Payload needs before it accepts a session cookie (TOOLCHAIN "Payload's cookie rule").
const BROWSER_HEADERS = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'accept-encoding': 'gzip',
  'accept-language': 'en-US,en;q=0.9',
  'user-agent': 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36',
  'sec-fetch-dest': 'document',
  'sec-fetch-mode': 'navigate',
  'sec-fetch-site': 'same-origin',
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, quiet = true): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      out += chunk
      if (!quiet) process.stdout.write(chunk)
    })
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')} exited ${code}`))))
  })
}

async function waitForHealth(timeoutMs = 60_000) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    const ok = await fetch(`${BASE}/api/health`).then((r) => r.ok).catch(() => false)
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error('server did not become healthy')
}

/** Runs one phase of the bench and prints how long it took (seeding 10k and building take minutes). */
async function phase<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now()
  console.log(`${label}…`)
  const result = await work()
  console.log(`  ${label}: ${((Date.now() - started) / 1000).toFixed(0)} s`)
  return result
}

async function countAnnouncements(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const { rows } = await client.query<{ count: number }>('select count(*)::int as count from announcements').finally(() => client.end())
  return rows[0]!.count
}

async function localApiTiming(env: NodeJS.ProcessEnv) {
  const out = await run(process.execPath, ['--import', 'tsx', 'scripts/bench-local-api.ts'], env)
  return JSON.parse(out.trim().split('\n').at(-1)!) as { documents: number; p50: number; p95: number }
}

type Latency = { p50: number; p99: number }
/** One row of the table: what was sent, how fast it was answered, and how many answers were not 2xx. */
type Measured = { label: string; connections: number; rps: number; latency: Latency & { p90: number; p97_5: number }; bad: number; note?: string }

/**
 * One request of the load test. Adding a route is one line: `{ label, method, url, headers, body }`;
 * `connections` defaults to --connections, `mustNotContain` checks the warm-up answer (e.g. that a
 * members-only article really was read as the member).
 */
type Run = {
  label: string
  method?: 'GET' | 'POST'
  url: string
  headers?: Record<string, string>
  body?: string
  connections?: number
  mustNotContain?: string
  mustContain?: string
}

async function measure(run: Run, defaultConnections: number, seconds: number): Promise<Measured> {
  const { label, method = 'GET', url, headers = {}, body } = run
  const connections = run.connections ?? defaultConnections
  // Warm the cache first: the figures are for a page that has been rendered once.
  const warm = await fetch(`${BASE}${url}`, { method, headers, body, redirect: 'manual' })
  const text = await warm.text()
  const notes: string[] = []
  if (warm.status >= 300) notes.push(`warm-up answered ${warm.status}`)
  if (run.mustNotContain && text.includes(run.mustNotContain)) notes.push(`answer contains "${run.mustNotContain}"`)
  if (run.mustContain && !text.includes(run.mustContain)) notes.push(`answer lacks "${run.mustContain}"`)
  const result = await autocannon({ url: `${BASE}${url}`, method, connections, duration: seconds, headers, body })
  return {
    label,
    connections,
    rps: result.requests.average,
    latency: { p50: result.latency.p50, p90: result.latency.p90, p97_5: result.latency.p97_5, p99: result.latency.p99 },
    bad: result.errors + result.non2xx + result.timeouts,
    note: notes.join('; ') || undefined,
  }
}

/**
 * Signing the open letter over HTTP: every address is sent twice (so half the requests race a
 * duplicate), each from its own client address so the per-IP limit measures nothing here. Afterwards
 * the rows in the database must equal the "signed" answers, with no address stored twice.
 */
async function benchSigning(connections: number, databaseUrl: string): Promise<{ row: Measured; check: string }> {
  const slug = 'partnership-open-letter'
  const path = `/api/petitions/${slug}/sign`
  const region = await regionId()
  const prefix = `bench-${Date.now()}-`
  let sent = 0
  const statuses = new Map<number, number>()
  // A fixed number of requests, not a duration: every request is answered before the rows are counted.
  const amount = connections * 20
  const result = await autocannon({
    url: `${BASE}${path}`,
    connections,
    amount,
    method: 'POST',
    requests: [
      {
        setupRequest: (request) => {
          const n = sent++
          return {
            ...request,
            headers: { ...request.headers, 'content-type': 'application/json', 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` },
            body: JSON.stringify({ name: 'Bench Signer', email: `${prefix}${Math.floor(n / 2)}@example.org`, region }),
          }
        },
        onResponse: (status) => {
          statuses.set(status, (statuses.get(status) ?? 0) + 1)
        },
      },
    ],
  })
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const counted = await client
    .query<{ stored: number; distinct: number }>(
      `select count(*)::int as stored, count(distinct lower(email))::int as distinct from signatures where email like $1`,
      [`${prefix}%`],
    )
    .finally(() => client.end())
  const { stored, distinct } = counted.rows[0]!
  const created = statuses.get(201) ?? 0
  const answered = (statuses.get(201) ?? 0) + (statuses.get(200) ?? 0)
  const summary = [...statuses].map(([status, count]) => `${count}× ${status}`).join(', ')
  return {
    row: {
      label: `POST ${path} (${amount} requests, each address twice)`,
      connections,
      rps: result.requests.average,
      latency: { p50: result.latency.p50, p90: result.latency.p90, p97_5: result.latency.p97_5, p99: result.latency.p99 },
      bad: result.errors + result.timeouts + (amount - answered),
    },
    check: `Signing: answers ${summary}; rows stored ${stored} = answered "signed" ${created}: ${stored === created ? 'yes' : 'NO'}; duplicates ${stored - distinct}; errors ${result.errors}, timeouts ${result.timeouts}`,
  }
}

/** The session cookie of the seeded demo member (the bench database is seeded for development). */
async function signInDemoMember(): Promise<string> {
  const response = await fetch(`${BASE}/api/members/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.10' },
    body: JSON.stringify({ email: DEMO_MEMBERS[0]!.email, password: DEMO_MEMBER_PASSWORD }),
  })
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('payload-token='))
  if (!cookie) throw new Error(`demo member sign-in failed: ${response.status}`)
  return cookie.split(';')[0]!
}

/** Every row after the reference: the site's pages and API, for anonymous visitors and the signed-in demo member. */
async function siteRuns(articlePath: string): Promise<Run[]> {
  const member = { ...BROWSER_HEADERS, cookie: await signInDemoMember() }
  // What a page's own fetch() sends: JSON, same origin.
  const api = { ...BROWSER_HEADERS, accept: 'application/json', 'sec-fetch-dest': 'empty', 'sec-fetch-mode': 'cors' }
  const membersOnly = '/news/employer-s-first-2021-bonus-offer-falls-short'
  return [
    // Each page beside its Spanish twin: both are static, so they should cost the same.
    { label: `/es${articlePath} (anonymous, Spanish)`, method: 'GET', url: `/es${articlePath}`, headers: BROWSER_HEADERS },
    { label: '/ (anonymous)', method: 'GET', url: '/', headers: BROWSER_HEADERS },
    { label: '/es (anonymous, Spanish)', method: 'GET', url: '/es', headers: BROWSER_HEADERS },
    { label: '/news (anonymous)', method: 'GET', url: '/news', headers: BROWSER_HEADERS },
    { label: '/es/news (anonymous, Spanish)', method: 'GET', url: '/es/news', headers: BROWSER_HEADERS },
    { label: '/bargaining (anonymous)', method: 'GET', url: '/bargaining', headers: BROWSER_HEADERS },
    { label: '/es/bargaining (anonymous, Spanish)', method: 'GET', url: '/es/bargaining', headers: BROWSER_HEADERS },
    { label: '/search?q=staffing+bonus (anonymous)', method: 'GET', url: '/search?q=staffing+bonus', headers: BROWSER_HEADERS },
    { label: '/es/search?q=bono+de+personal (anonymous, Spanish)', method: 'GET', url: '/es/search?q=bono+de+personal', headers: BROWSER_HEADERS },
    // Search at a handful of connections: its latency, not the queue in front of two cores.
    { label: '/search?q=staffing+bonus (anonymous)', method: 'GET', url: '/search?q=staffing+bonus', headers: BROWSER_HEADERS, connections: 4 },
    { label: 'GET /api/announcements?limit=12&depth=1 (anonymous)', method: 'GET', url: '/api/announcements?limit=12&depth=1', headers: api },
    { label: 'public article (signed-in member)', method: 'GET', url: articlePath, headers: member },
    // A members-only article is the shared page plus the member's piece, which the page's script asks for.
    { label: `${membersOnly} (signed-in member: the page)`, method: 'GET', url: membersOnly, headers: member },
    { label: `GET /api/members-only/news/… (signed-in member: the piece)`, method: 'GET', url: `/api/members-only${membersOnly}`, headers: { ...api, cookie: member.cookie }, mustContain: '"locked":false' },
    { label: '/account (signed-in member)', method: 'GET', url: '/account', headers: member },
    // The other small requests a page makes for a member: the header's name, a petition's "you signed",
    // and a saved region's home and news (public, from the shared cache).
    { label: 'GET /api/members/session (signed-in member)', method: 'GET', url: '/api/members/session', headers: { ...api, cookie: member.cookie } },
    { label: 'GET /api/petitions/…/me (signed-in member)', method: 'GET', url: '/api/petitions/partnership-open-letter/me', headers: { ...api, cookie: member.cookie }, mustContain: '"name"' },
    { label: 'GET /api/home?region=ncal (saved region)', method: 'GET', url: '/api/home?region=ncal', headers: api },
    { label: 'GET /api/news?region=ncal (saved region)', method: 'GET', url: '/api/news?region=ncal&page=1', headers: api },
  ]
}

let regionIdCache: number | undefined
async function regionId(): Promise<number> {
  regionIdCache ??= ((await fetch(`${BASE}/api/regions?where[code][equals]=ncal&depth=0`).then((r) => r.json())) as { docs: Array<{ id: number }> }).docs[0]!.id
  return regionIdCache
}

async function main() {
  let cluster: EmbeddedCluster | undefined
  let server: ChildProcess | undefined
  let base = process.env.DATABASE_URL
  if (!base) {
    cluster = await startEmbeddedCluster()
    base = withDatabase(cluster.serverUrl, 'postgres')
  }
  const databaseUrl = withDatabase(base, `portal_bench_${Date.now()}`)
  await ensureDatabase(databaseUrl)
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    DISABLE_PAYLOAD_HMR: 'true',
    LOG_LEVEL: 'warn',
    NEXT_TELEMETRY_DISABLED: '1',
  }
  try {
    await phase('Preparing the database (migrations, demo content)', () => run(process.execPath, ['--import', 'tsx', 'scripts/prepare-db.ts', '--seed-if-empty'], env))
    // The e-mail bench needs only the demo content; the page bench adds the generated announcements.
    const bulk = values.email ? 0 : Number(values.bulk)
    const timeLocalApi = !values.email && !dashboardOnly
    // Seeded in two steps when the Local API is timed at 1k on the way.
    const first = timeLocalApi ? Math.min(1000, bulk) : bulk
    if (first > 0) await phase(`Seeding ${first} announcements`, () => run(process.execPath, ['--import', 'tsx', 'scripts/seed.ts', '--bulk', String(first)], env))
    const at1k = timeLocalApi ? await localApiTiming(env) : null
    if (bulk > first) await phase(`Seeding ${bulk - first} more announcements`, () => run(process.execPath, ['--import', 'tsx', 'scripts/seed.ts', '--bulk', String(bulk - first)], env))
    const atFull = timeLocalApi ? await localApiTiming(env) : null

    // As behind one reverse proxy: the signing runs send X-Forwarded-For, so per-address limits count as in production.
    const prodEnv: NodeJS.ProcessEnv = { ...env, NODE_ENV: 'production', PORT: String(PORT), SERVER_URL: BASE, TRUSTED_PROXY_HOPS: '1' }
    // Several instances behind the proxy share one cache, as deployed (a publish reaches all of them).
    if (values.proxy && Number(values.instances) > 1) {
      const missing = await redisMissing()
      if (missing) throw new Error(`--proxy with several instances needs Redis: ${missing}`)
      await flushTestRedis()
      prodEnv.REDIS_URL = TEST_REDIS_URL
    }
    // The e-mail bench sends from a worker, as a deployment with many members would: the web server runs no jobs.
    if (values.email) prodEnv.JOBS_AUTORUN = 'false'
    if (!values['skip-build']) await phase('Building (next build)', () => run('node_modules/.bin/next', ['build'], prodEnv))
    server = spawn('node_modules/.bin/next', ['start', '-p', String(PORT), '-H', '127.0.0.1'], { env: prodEnv, stdio: 'ignore', detached: true })
    await waitForHealth()

    const article = await fetch(`${BASE}/api/announcements?limit=1&sort=-publishedAt&where[slug][not_equals]=x&where[featured][equals]=true`).then((r) => r.json()) as { docs: Array<{ slug: string }> }
    const articlePath = `/news/${article.docs[0]?.slug ?? ''}`
    if (values.proxy) {
      await benchProxy({
        appUrl: BASE,
        env: prodEnv,
        pages: ['/', '/news', articlePath, '/bargaining'],
        headers: BROWSER_HEADERS,
        connections: Number(values.connections),
        seconds: Number(values.seconds),
        instances: Number(values.instances),
      })
      return
    }
    if (values.email) {
      await benchEmail({
        appUrl: BASE,
        env: prodEnv,
        page: articlePath,
        headers: BROWSER_HEADERS,
        connections: Number(values.connections),
        seconds: Number(values.seconds),
        members: Number(values.members),
      })
      return
    }
    // The first run is the reference every other row is given as a ratio of: the anonymous cached article.
    const runs: Run[] = [
      { label: `${articlePath} (anonymous, reference)`, method: 'GET', url: articlePath, headers: BROWSER_HEADERS },
      ...(dashboardOnly ? [] : await siteRuns(articlePath)),
    ]
    const staff = await signInStaff(BASE, BROWSER_HEADERS)
    runs.push(...dashboardRuns(staff))
    const connections = Number(values.connections)
    // Other work on the machine (a build, a test run) takes cores from the server: printed with the table.
    const loadBefore = os.loadavg()[0]!
    // The dashboard's render time first, one request at a time on a server nothing else is loading.
    const dashboard: DashboardTiming[] = []
    for (const session of staff) dashboard.push(await timeDashboard(BASE, session))
    const rows: Measured[] = []
    for (const run of runs) rows.push(await measure(run, connections, Number(values.seconds)))
    const signing = dashboardOnly ? null : await benchSigning(connections, databaseUrl)
    if (signing) rows.push(signing.row)
    const documents = atFull?.documents ?? (await countAnnouncements(databaseUrl))

    const reference = rows[0]!.rps
    const notes = rows.filter((row) => row.note).map((row) => `- ${row.label}: ${row.note}`)
    const machine = `${os.cpus().length} cores, load average ${loadBefore.toFixed(1)} before the runs and ${os.loadavg()[0]!.toFixed(1)} after`
    console.log(`\nLoad: ${values.seconds} s per route${signing ? ' (signing: a fixed number of requests)' : ''}, production build, ${documents} announcements, ${new Date().toISOString()}, ${machine}\n`)
    console.log('Headers: gzip and a browser\'s (Sec-Fetch-Site: same-origin, so the member\'s and staff\'s cookies count); × ref = req/s ÷ the anonymous article (first row).')
    console.log('| route | connections | req/s | × ref | p50 ms | p90 ms | p97.5 ms | p99 ms | errors + non-2xx |')
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
    for (const row of rows) {
      console.log(`| ${row.label} | ${row.connections} | ${Math.round(row.rps)} | ${(row.rps / reference).toFixed(2)} | ${row.latency.p50} | ${row.latency.p90} | ${row.latency.p97_5} | ${row.latency.p99} | ${row.bad} |`)
    }
    if (notes.length > 0) console.log(`\nWarm-up answers that were not what the row means to measure:\n${notes.join('\n')}`)
    printDashboardTimings(dashboard)
    if (signing) console.log(`\n${signing.check}`)
    if (at1k && atFull) console.log(`\nLocal API news list (12 per page, depth 1): ${at1k.documents} docs p50 ${at1k.p50} ms p95 ${at1k.p95} ms; ${atFull.documents} docs p50 ${atFull.p50} ms p95 ${atFull.p95} ms`)
  } finally {
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM')
      } catch {
        // already stopped
      }
    }
    await dropDatabase(databaseUrl).catch(() => {})
    await cluster?.stop()
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
