// npm test – every layer: checks (generated files, cast budget, lint), unit, integration (real
// PostgreSQL), e2e (real Chromium against the production build). `tsx scripts/test.ts e2e` runs chosen layers only.
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { dropDatabase, ensureDatabase, withDatabase } from '../lib/db/databases'
import { startEmbeddedCluster, type EmbeddedCluster } from '../lib/db/embedded'
import { chromiumPath } from '../tests/helpers/chromium'

const LAYERS = ['check', 'unit', 'int', 'e2e'] as const
type Layer = (typeof LAYERS)[number]
const chosen = process.argv.slice(2).filter((arg): arg is Layer => (LAYERS as readonly string[]).includes(arg))
// Anything else on the command line goes to vitest, e.g. `npm run test:int -- --exclude tests/int/x.test.ts`.
const vitestArgs = process.argv.slice(2).filter((arg) => !(LAYERS as readonly string[]).includes(arg))
const layers: readonly Layer[] = chosen.length > 0 ? chosen : LAYERS

type Counts = { passed: number; failed: number; skipped: number }
const totals: Counts = { passed: 0, failed: 0, skipped: 0 }
const failedLayers: string[] = []

// The last lines each step printed: a failed layer's are printed again at the very end, because CI
// logs are read from the bottom and a crash (say, in a global setup) otherwise scrolls out of sight.
const TAIL_LINES = 60
const tails = new Map<string, string[]>()
let currentStep = ''

function keepTail(chunk: Buffer) {
  const lines = tails.get(currentStep) ?? []
  lines.push(...chunk.toString('utf8').split('\n').filter((line) => line.trim() !== ''))
  tails.set(currentStep, lines.slice(-TAIL_LINES))
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['inherit', 'pipe', 'pipe'], env })
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk)
      keepTail(chunk)
    })
    child.stderr.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk)
      keepTail(chunk)
    })
    child.on('close', (code) => resolve(code ?? 1))
  })
}

function readVitest(file: string): Counts {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1, skipped: 0 }
  const report = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    numPassedTests: number
    numFailedTests: number
    numPendingTests: number
    numTodoTests: number
  }
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests }
}

function readPlaywright(file: string): Counts {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1, skipped: 0 }
  const { stats } = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number }
  }
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped }
}

function record(layer: string, code: number, counts: Counts) {
  totals.passed += counts.passed
  totals.failed += counts.failed
  totals.skipped += counts.skipped
  // A runner that crashed before reporting still fails the layer.
  if (code !== 0 || counts.failed > 0) failedLayers.push(layer)
  console.log(`\n[${layer}] ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`)
}

// Each check runs even when one before it failed, so one run shows every problem.
const CHECKS: Array<{ name: string; command: string; args: string[] }> = [
  { name: 'generated files', command: process.execPath, args: ['--import', 'tsx', 'scripts/check-generated.ts'] },
  { name: 'cast budget', command: process.execPath, args: ['--import', 'tsx', 'scripts/check-casts.ts'] },
  // npm run lint: Next's typegen first (next-env.d.ts types image imports), then ESLint.
  { name: 'lint', command: 'npm', args: ['run', '--silent', 'lint'] },
]

async function checkLayer() {
  const counts: Counts = { passed: 0, failed: 0, skipped: 0 }
  for (const check of CHECKS) {
    const code = await run(check.command, check.args)
    if (code === 0) counts.passed += 1
    else {
      counts.failed += 1
      console.error(`[check] ${check.name} failed`)
    }
  }
  record('check', counts.failed > 0 ? 1 : 0, counts)
}

async function vitestLayer(project: 'unit' | 'int') {
  const out = `tests/artifacts/${project}.json`
  fs.rmSync(out, { force: true })
  const code = await run('node_modules/.bin/vitest', [
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
    ...vitestArgs,
  ])
  const counts = readVitest(out)
  // A global setup that crashed (say, migrating the test database) reports no tests at all: a failure.
  if (counts.passed + counts.failed + counts.skipped === 0) counts.failed = 1
  record(project, code, counts)
}

async function e2eLayer(serverUrl: string) {
  const chromium = chromiumPath()
  if (!chromium) {
    console.error(
      'No Chromium found for the browser tests. Install one with `sudo apt-get install -y chromium` ' +
        '(Debian/Ubuntu) or point PLAYWRIGHT_CHROMIUM_PATH at a Chromium/Chrome binary.',
    )
    record('e2e', 1, { passed: 0, failed: 1, skipped: 0 })
    return
  }
  // A fresh, seeded database per run, so the browser sees exactly the demo content.
  const databaseUrl = withDatabase(serverUrl, `portal_e2e_${Date.now()}_${process.pid}`)
  await ensureDatabase(databaseUrl)
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
    CRON_SECRET: crypto.randomBytes(16).toString('hex'),
    SERVER_URL: `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`,
    PLAYWRIGHT_CHROMIUM_PATH: chromium,
    // The server writes e-mails here so browser tests can follow confirmation links.
    EMAIL_OUTBOX_FILE: path.resolve('tests/artifacts/outbox.jsonl'),
    // An alert goes out on the next job tick instead of two minutes after publishing.
    EMAIL_ALERT_DELAY_SECONDS: '0',
    DISABLE_PAYLOAD_HMR: 'true',
  }
  try {
    const prepared = await run(process.execPath, ['--import', 'tsx', 'scripts/prepare-db.ts', '--seed-if-empty'], {
      ...env,
      // Demo staff are development-only; the e2e run logs in with them.
      NODE_ENV: 'development',
    })
    const built = prepared === 0 ? await run('node_modules/.bin/next', ['build'], env) : 1
    if (built !== 0) {
      record('e2e', built, { passed: 0, failed: 1, skipped: 0 })
      return
    }
    const out = 'tests/artifacts/e2e.json'
    fs.rmSync(out, { force: true })
    fs.rmSync(env.EMAIL_OUTBOX_FILE!, { force: true })
    const code = await run('node_modules/.bin/playwright', ['test'], env)
    record('e2e', code, readPlaywright(out))
  } finally {
    await dropDatabase(databaseUrl).catch(() => {})
  }
}

async function main() {
  fs.mkdirSync('tests/artifacts', { recursive: true })
  let cluster: EmbeddedCluster | undefined
  const needsDb = layers.some((layer) => layer === 'int' || layer === 'e2e')
  let serverUrl = process.env.DATABASE_URL
  if (needsDb && !serverUrl) {
    cluster = await startEmbeddedCluster()
    serverUrl = withDatabase(cluster.serverUrl, 'postgres')
  }
  try {
    for (const layer of layers) {
      currentStep = layer
      if (layer === 'check') await checkLayer()
      if (layer === 'unit' || layer === 'int') {
        if (layer === 'int') process.env.DATABASE_URL = serverUrl
        await vitestLayer(layer)
      }
      if (layer === 'e2e') await e2eLayer(serverUrl!)
    }
  } finally {
    await cluster?.stop()
  }
  for (const layer of failedLayers) {
    console.log(`\n--- ${layer}: the last lines it printed ---\n${(tails.get(layer) ?? []).join('\n')}\n--- end of ${layer} ---`)
  }
  if (failedLayers.length > 0) console.log(`Failed layers: ${failedLayers.join(', ')}`)
  console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
  process.exit(failedLayers.length > 0 ? 1 : 0)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
