// npm run worker [-- --interval-ms 5000 --limit 50]: runs the job queue (scheduled publishes, e-mail alerts and digests) outside
// the web server, for deployments where web instances set JOBS_AUTORUN=false. Several workers (or a
// worker beside web instances that still run jobs) are safe: lib/jobs/safeClaim.ts hands each job to
// one runner. SIGTERM/SIGINT: the batch in progress finishes, the database pool closes, exit 0.
import os from 'node:os'
import { parseArgs } from 'node:util'

import { JOB_BATCH_LIMIT, JOB_INTERVAL_SECONDS, JOB_QUEUE } from '../lib/jobs/queueSchedule'
import { runQueueLoop } from '../lib/jobs/runQueueLoop'
import { workerDatabaseUrl } from '../lib/jobs/workerDatabase'
import { parseEnv } from '../lib/env'
import { runScript, ScriptError } from './lib/runScript'

const WORKER_NICENESS = 10

runScript(async () => {
  let values
  try {
    ;({ values } = parseArgs({ options: { 'interval-ms': { type: 'string' }, limit: { type: 'string' } }, strict: true }))
  } catch (error) {
    throw new ScriptError(`${(error as Error).message}\nUsage: npm run worker [-- --interval-ms 5000 --limit 50]`, 2)
  }
  const intervalMs = Number(values['interval-ms'] ?? JOB_INTERVAL_SECONDS * 1000)
  const limit = Number(values.limit ?? JOB_BATCH_LIMIT)
  if (!(intervalMs >= 100) || !Number.isInteger(limit) || limit < 1) {
    throw new ScriptError('--interval-ms must be at least 100 and --limit a whole number of at least 1', 2)
  }

  let env
  try {
    env = parseEnv()
    // Must be settled before payload.config is imported: it reads the environment once.
    process.env.DATABASE_URL = workerDatabaseUrl(env)
  } catch (error) {
    // Invalid environment or no database: one readable line.
    if (error instanceof Error) throw new ScriptError(error.message)
    throw error
  }
  // Like the other scripts: never open Payload's hot-reload socket to a running dev server.
  process.env.DISABLE_PAYLOAD_HMR = 'true'

  // Background work yields the CPU to the web server when they share a machine: a 10,000-member send
  // would otherwise halve the pages members are served meanwhile (npm run bench -- --email).
  try {
    os.setPriority(WORKER_NICENESS)
  } catch {
    // A platform that refuses it: the worker runs at normal priority.
  }

  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../payload.config')])
  // No `cron`: this process runs the queue itself, whatever JOBS_AUTORUN says for web instances.
  const payload = await getPayload({ config })

  const stop = new AbortController()
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.signal.aborted) return
    payload.logger.info({ msg: `Job worker: ${signal} received, stopping after the batch in progress` })
    stop.abort()
  }
  process.on('SIGTERM', onSignal)
  process.on('SIGINT', onSignal)

  payload.logger.info({ msg: 'Job worker started', queue: JOB_QUEUE, limit, intervalMs })
  await runQueueLoop(payload, { queue: JOB_QUEUE, limit, intervalMs, signal: stop.signal })
  await payload.destroy()
  payload.logger.info({ msg: 'Job worker stopped' })
})
