// `npm run bench -- --email`: alerts to 10,000 members through a real SMTP server (smtp-server, in this
// process), sent by `npm run worker` as deployed: its throughput with the rate limit off, its memory, and
// what the send costs the web pages (the anonymous article, with and without a send running).
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'

import autocannon from 'autocannon'
import pg from 'pg'

import { startSmtpServer, type TestSmtpServer } from '../../tests/helpers/smtpServer'

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

async function timeSend(smtp: TestSmtpServer, domain: string, count: number, during?: () => Promise<number>): Promise<{ send: Send; web?: number }> {
  const mine = () => smtp.messages.filter((message) => message.to[0]?.endsWith(`@${domain}`))
  const started = Date.now()
  while (mine().length === 0) {
    if (Date.now() - started > 60_000) throw new Error('the worker sent nothing within a minute')
    await sleep(50)
  }
  const first = Date.now()
  const web = during ? await during() : undefined
  while (mine().length < count) {
    if (Date.now() - first > 600_000) throw new Error(`only ${mine().length} of ${count} messages after 10 minutes`)
    await sleep(50)
  }
  const seconds = (Date.now() - first) / 1000
  return { send: { messages: count, seconds, perSecond: count / seconds }, web }
}

export async function benchEmail(options: EmailBenchOptions): Promise<void> {
  const { appUrl, env, page, headers, connections, seconds, members } = options
  const db = new pg.Client({ connectionString: env.DATABASE_URL })
  await db.connect()
  const smtp = await startSmtpServer()
  let worker: ChildProcess | undefined
  const web = async () => (await autocannon({ url: `${appUrl}${page}`, connections, duration: seconds, headers })).requests.average
  try {
    await fetch(`${appUrl}${page}`, { headers })
    const reference = await web()

    worker = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts', '--interval-ms', '500'], {
      env: { ...env, SMTP_URL: smtp.url, EMAIL_CONNECTIONS: '8', EMAIL_RATE_PER_MINUTE: '0', LOG_LEVEL: 'warn' },
      stdio: 'ignore',
    })
    await sleep(8000)
    const idle = memoryOf(worker.pid!)
    const samples: number[] = []
    const sampler = setInterval(() => samples.push(memoryOf(worker!.pid!).rss), 500)

    const alone = await timeSend(smtp, await queueAlert(db, members, `alone${Date.now()}`), members)
    const loaded = await timeSend(smtp, await queueAlert(db, members, `loaded${Date.now()}`), members, web)
    clearInterval(sampler)
    const memory = memoryOf(worker.pid!)

    console.log(`\nE-mail: ${members} members per send, ${smtp.url} (smtp-server in the bench process), worker with 8 SMTP connections, no rate limit\n`)
    console.log('| measure | value |')
    console.log('| --- | --- |')
    console.log(`| send alone: messages/s | ${alone.send.perSecond.toFixed(0)} (${alone.send.messages} in ${alone.send.seconds.toFixed(1)} s) |`)
    console.log(`| send during web load: messages/s | ${loaded.send.perSecond.toFixed(0)} (${loaded.send.messages} in ${loaded.send.seconds.toFixed(1)} s) |`)
    console.log(`| ${page} req/s, no send (reference) | ${reference.toFixed(0)} |`)
    console.log(`| ${page} req/s during the send | ${loaded.web!.toFixed(0)} (× ref ${(loaded.web! / reference).toFixed(2)}) |`)
    console.log(`| worker RSS: idle → during sends (min–max) → peak | ${idle.rss.toFixed(0)} MB → ${Math.min(...samples).toFixed(0)}–${Math.max(...samples).toFixed(0)} MB → ${memory.peak.toFixed(0)} MB |`)
    console.log(`| messages received in all | ${smtp.messages.length} (expected ${2 * members}) |`)
  } finally {
    worker?.kill('SIGTERM')
    await smtp.close()
    await db.end()
  }
}
