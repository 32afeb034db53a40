// npm run bench – not a test: builds and starts the production server on a fresh database with the
// demo content plus 10k generated announcements, then loads the main routes with autocannon.
// Options: --skip-build (reuse .next), --connections 50, --seconds 10, --bulk 10000
import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import { parseArgs } from 'node:util'

import autocannon from 'autocannon'

import { dropDatabase, ensureDatabase, withDatabase } from '../lib/db/databases'
import { startEmbeddedCluster, type EmbeddedCluster } from '../lib/db/embedded'
import { DEMO_MEMBER_PASSWORD, DEMO_MEMBERS } from './seed/members'

const { values } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '10' },
    bulk: { type: 'string', default: '10000' },
  },
})
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

async function localApiTiming(env: NodeJS.ProcessEnv) {
  const out = await run(process.execPath, ['--import', 'tsx', 'scripts/bench-local-api.ts'], env)
  return JSON.parse(out.trim().split('\n').at(-1)!) as { documents: number; p50: number; p95: number }
}

/**
 * Signing the open letter over HTTP: every address is sent twice (so half the requests race a
 * duplicate), each from its own client address so the per-IP limit measures nothing here. Afterwards
 * the stored count must equal the number of distinct addresses: no duplicates, nothing lost.
 */
async function benchSigning(connections: number): Promise<string> {
  const slug = 'partnership-open-letter'
  const url = `${BASE}/api/petitions/${slug}/sign`
  const signOnce = async (email: string) =>
    (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250)}` }, body: JSON.stringify({ name: 'Bench Signer', email, region: await regionId() }) }).then((r) => r.json())) as { count: number }
  const before = (await signOnce(`bench-before-${Date.now()}@example.org`)).count
  const region = await regionId()
  let sent = 0
  const statuses = new Map<number, number>()
  // A fixed number of requests, not a duration: every request is answered before the rows are counted.
  const amount = connections * 20
  const result = await autocannon({
    url,
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
            body: JSON.stringify({ name: 'Bench Signer', email: `bench-${Math.floor(n / 2)}@example.org`, region }),
          }
        },
        onResponse: (status) => {
          statuses.set(status, (statuses.get(status) ?? 0) + 1)
        },
      },
    ],
  })
  const after = (await signOnce(`bench-after-${Date.now()}@example.org`)).count
  const stored = after - before - 1
  const created = statuses.get(201) ?? 0
  const summary = [...statuses].map(([status, count]) => `${count}× ${status}`).join(', ')
  return [
    `Signing (POST ${new URL(url).pathname}, ${connections} connections, ${amount} requests, each address sent twice): ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, p99 ${result.latency.p99} ms`,
    `  answers: ${summary}; rows stored ${stored} = answered "signed" ${created}: ${stored === created ? 'yes' : 'NO'}; errors ${result.errors}`,
  ].join('\n')
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
    console.log('Preparing the database (migrations, demo content, generated announcements)…')
    await run(process.execPath, ['--import', 'tsx', 'scripts/prepare-db.ts', '--seed-if-empty'], env)
    const bulk = Number(values.bulk)
    await run(process.execPath, ['--import', 'tsx', 'scripts/seed.ts', '--bulk', String(Math.min(1000, bulk))], env)
    const at1k = await localApiTiming(env)
    if (bulk > 1000) await run(process.execPath, ['--import', 'tsx', 'scripts/seed.ts', '--bulk', String(bulk - 1000)], env)
    const atFull = await localApiTiming(env)

    // As behind one reverse proxy: the signing runs send X-Forwarded-For, so per-address limits count as in production.
    const prodEnv: NodeJS.ProcessEnv = { ...env, NODE_ENV: 'production', PORT: String(PORT), SERVER_URL: BASE, TRUSTED_PROXY_HOPS: '1' }
    if (!values['skip-build']) {
      console.log('Building (next build)…')
      await run('node_modules/.bin/next', ['build'], prodEnv)
    }
    server = spawn('node_modules/.bin/next', ['start', '-p', String(PORT), '-H', '127.0.0.1'], { env: prodEnv, stdio: 'ignore', detached: true })
    await waitForHealth()

    const article = await fetch(`${BASE}/api/announcements?limit=1&sort=-publishedAt&where[slug][not_equals]=x&where[featured][equals]=true`).then((r) => r.json()) as { docs: Array<{ slug: string }> }
    // The article first: it is the reference the other routes are given as a ratio of.
    const routes = [`/news/${article.docs[0]?.slug ?? ''}`, '/', '/news', '/bargaining', '/search?q=staffing+bonus']
    const rows: string[] = []
    // Search is rendered per request; it is also measured at a handful of connections, where its
    // latency (not the queue in front of two cores) is what a member feels.
    const runs = [...routes.map((route) => ({ route, connections: Number(values.connections) })), { route: routes.at(-1)!, connections: 4 }]
    // A signed-in member gets the per-request /signed-in/* variant (next.config.ts): of a public article,
    // and of the seeded members-only one, which is read as the member.
    const memberCookie = await signInDemoMember()
    const asMember = (route: string) => ({ route, connections: Number(values.connections), headers: { ...BROWSER_HEADERS, cookie: memberCookie }, label: ' (signed-in member)' })
    const memberRuns = [asMember(routes[0]!), asMember('/news/employer-s-first-2021-bonus-offer-falls-short')]
    // The reference every route is compared with: the anonymous cached article, measured in this run.
    let reference: number | undefined
    for (const { route, connections, headers, label } of [...runs.map((run) => ({ ...run, headers: BROWSER_HEADERS, label: '' })), ...memberRuns]) {
      // Warm the cache first: the figures are for a page that has been rendered once.
      await fetch(`${BASE}${route}`, { headers })
      const result = await autocannon({ url: `${BASE}${route}`, connections, duration: Number(values.seconds), headers })
      const rps = result.requests.average
      if (route === routes[0] && !label) reference = rps
      const ratio = reference ? (rps / reference).toFixed(2) : '–'
      rows.push(
        `| ${route}${label} | ${connections} | ${Math.round(rps)} | ${ratio} | ${result.latency.p50} | ${result.latency.p90} | ${result.latency.p97_5} | ${result.latency.p99} | ${result.errors + result.non2xx} |`,
      )
    }
    const signing = await benchSigning(Number(values.connections))
    console.log(`\nLoad: ${values.seconds} s per route, production build, ${atFull.documents} announcements\n`)
    console.log('Headers: gzip and a browser\'s (Sec-Fetch-Site: same-origin, so the member\'s cookie counts); × ref = req/s ÷ the anonymous article above.')
    console.log('| route | connections | req/s | × ref | p50 ms | p90 ms | p97.5 ms | p99 ms | errors + non-2xx |')
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
    console.log(rows.join('\n'))
    console.log(`\n${signing}`)
    console.log(`\nLocal API news list (12 per page, depth 1): ${at1k.documents} docs p50 ${at1k.p50} ms p95 ${at1k.p95} ms; ${atFull.documents} docs p50 ${atFull.p50} ms p95 ${atFull.p95} ms`)
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
