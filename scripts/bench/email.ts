// `npm run bench -- --email`: alerts to 10,000 members through a real SMTP server (smtp-server, in a
// process of its own: scripts/bench/smtpSink.ts), sent by `npm run worker` as deployed: its throughput
// with the rate limit off, its memory, and what the send costs the web pages (the anonymous article,
// without a send, during one at full speed, and during one at EMAIL_RATE_PER_MINUTE=3000).
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'

import autocannon from 'autocannon'
import pg from 'pg'


export type EmailBenchOptions = {
  appUrl: string
  /** The server's environment (its database); the worker gets SMTP_URL on top. */
  env: NodeJS.ProcessEnv
  page: string
  headers: Record<string, string>
  connections: number
  seconds: number
  members: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function memoryOf(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0)
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 }
}

/** Queues one alert for `count` fresh members, as the fan-out does (one INSERT … SELECT); returns their domain. */
async function queueAlert(db: pg.Client, count: number, run: string): Promise<string> {
  const domain = `${run}.bench.example.org`
  const { rows } = await db.query<{ id: number; region: number }>(
    `select b.id, (select id from regions where code = 'ncal') as region from bargaining_updates b
     where b._status = 'published' and b.alert_send order by b.id limit 1`,
  )
  const item = rows[0]
  if (!item) throw new Error('no published bargaining update with its alert on to send')
  await db.query(
    `insert into members (name, region_id, email, preferred_language, _verified, email_preferences_bargaining, updated_at, created_at)
     select 'Bench member ' || n, $1, 'm' || n || '@' || $2, case when n % 3 = 0 then 'es' else 'en' end::member_language, true, true, now(), now()
     from generate_series(1, $3::int) as n`,
    [item.region, domain, count],
  )
  await db.query(
    `insert into email_deliveries (member_id, key, kind, item_collection, item_id, status, attempts, next_attempt_at, updated_at, created_at)
     select m.id, $1, 'alert', 'bargaining-updates', $2, 'queued', 0, now(), now(), now() from members m where m.email like $3`,
    [`bench:${run}`, item.id, `%@${domain}`],
  )
  return domain
}

type Send = { messages: number; seconds: number; perSecond: number }

/** The SMTP sink: its address, and how many messages each domain has received so far. */
type Sink = { url: string; received: (domain: string) => number; stop: () => void }

async function startSink(): Promise<Sink> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/smtpSink.ts'], { stdio: ['ignore', 'pipe', 'inherit'] })
  let counts: Record<string, number> = {}
  let buffered = ''
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the SMTP sink exited with ${code}`)))
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        if (line.startsWith('ready ')) resolve(line.slice(6))
        else if (line.startsWith('{')) counts = JSON.parse(line) as Record<string, number>
      }
    })
  })
  return { url, received: (domain) => counts[domain] ?? 0, stop: () => child.kill('SIGTERM') }
}

async function timeSend(sink: Sink, domain: string, count: number, during?: () => Promise<number>): Promise<{ send: Send; web?: number }> {
  const started = Date.now()
  while (sink.received(domain) === 0) {
    if (Date.now() - started > 60_000) throw new Error('the worker sent nothing within a minute')
    await sleep(50)
  }
  const first = Date.now()
  const web = during ? await during() : undefined
  while (sink.received(domain) < count) {
    if (Date.now() - first > 900_000) throw new Error(`only ${sink.received(domain)} of ${count} messages after 15 minutes`)
    await sleep(50)
  }
  const seconds = (Date.now() - first) / 1000
  return { send: { messages: count, seconds, perSecond: count / seconds }, web }
}

function startWorker(env: NodeJS.ProcessEnv, smtpUrl: string, ratePerMinute: number): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts', '--interval-ms', '500'], {
    env: { ...env, SMTP_URL: smtpUrl, EMAIL_CONNECTIONS: '8', EMAIL_RATE_PER_MINUTE: String(ratePerMinute), LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  })
}

function stopWorker(worker: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    worker.once('exit', () => resolve())
    worker.kill('SIGTERM')
  })
}

const LIMITED_RATE = 3000

export async function benchEmail(options: EmailBenchOptions): Promise<void> {
  const { appUrl, env, page, headers, connections, seconds, members } = options
  const db = new pg.Client({ connectionString: env.DATABASE_URL })
  await db.connect()
  const sink = await startSink()
  let worker: ChildProcess | undefined
  const web = async () => (await autocannon({ url: `${appUrl}${page}`, connections, duration: seconds, headers })).requests.average
  try {
    // Warm the page and the server's code first, so the reference is not measured cold.
    await autocannon({ url: `${appUrl}${page}`, connections, duration: 3, headers })
    const reference = await web()

    worker = startWorker(env, sink.url, 0)
    await sleep(8000)
    const idle = memoryOf(worker.pid!)
    const samples: number[] = []
    const sampler = setInterval(() => samples.push(memoryOf(worker!.pid!).rss), 500)
    const alone = await timeSend(sink, await queueAlert(db, members, `alone${Date.now()}`), members)
    const loaded = await timeSend(sink, await queueAlert(db, members, `loaded${Date.now()}`), members, web)
    clearInterval(sampler)
    const memory = memoryOf(worker.pid!)
    await stopWorker(worker)

    // The same with the rate limit a coalition might set: how much of the site a paced send leaves.
    worker = startWorker(env, sink.url, LIMITED_RATE)
    const paced = await timeSend(sink, await queueAlert(db, members, `paced${Date.now()}`), members, web)
    const after = await web()

    const ratio = (value: number) => (value / reference).toFixed(2)
    console.log(`\nE-mail: ${members} members per send to smtp-server (its own process, low priority), worker with 8 SMTP connections\n`)
    console.log('| measure | value |')
    console.log('| --- | --- |')
    console.log(`| send alone, no rate limit: messages/s | ${alone.send.perSecond.toFixed(0)} (${alone.send.messages} in ${alone.send.seconds.toFixed(1)} s) |`)
    console.log(`| send during web load, no rate limit: messages/s | ${loaded.send.perSecond.toFixed(0)} (${loaded.send.messages} in ${loaded.send.seconds.toFixed(1)} s) |`)
    console.log(`| send during web load, EMAIL_RATE_PER_MINUTE=${LIMITED_RATE}: messages/s | ${paced.send.perSecond.toFixed(0)} (${paced.send.messages} in ${paced.send.seconds.toFixed(1)} s) |`)
    console.log(`| ${page} req/s, no send (reference) | ${reference.toFixed(0)} |`)
    console.log(`| the same during the unlimited send | ${loaded.web!.toFixed(0)} (× ref ${ratio(loaded.web!)}) |`)
    console.log(`| the same during the ${LIMITED_RATE}/min send | ${paced.web!.toFixed(0)} (× ref ${ratio(paced.web!)}) |`)
    console.log(`| the same after the sends (no send; the reference's drift) | ${after.toFixed(0)} (× ref ${ratio(after)}) |`)
    console.log(`| worker RSS: idle → during the sends (min–max) → peak | ${idle.rss.toFixed(0)} MB → ${Math.min(...samples).toFixed(0)}–${Math.max(...samples).toFixed(0)} MB → ${memory.peak.toFixed(0)} MB |`)
  } finally {
    if (worker && worker.exitCode === null) worker.kill('SIGTERM')
    sink.stop()
    await db.end()
  }
}
