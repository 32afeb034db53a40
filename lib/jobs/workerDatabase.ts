import fs from 'node:fs'
import path from 'node:path'

import { withDatabase } from '@/lib/db/databases'
import { dataDir, EMBEDDED_DB_NAME, startEmbeddedCluster } from '@/lib/db/embedded'

/**
 * Which database `npm run worker` uses. DATABASE_URL when set (always, in production: a worker on
 * anything else would run nobody's jobs). In development without it, the embedded cluster that
 * `npm run dev` is already running — joined, never started: a worker that started the cluster would
 * also stop it on exit, under the dev server's feet.
 */
export async function workerDatabaseUrl(env: { DATABASE_URL?: string; NODE_ENV: string }, root = process.cwd()): Promise<string> {
  if (env.DATABASE_URL) return env.DATABASE_URL
  if (env.NODE_ENV === 'production') {
    throw new Error('DATABASE_URL is required: the worker must use the same database as the web instances.')
  }
  // postmaster.pid, as lib/db/embedded.ts reads it: line 1 the pid, line 4 the port.
  const file = path.join(dataDir(root), 'postmaster.pid')
  const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : []
  const pid = Number(lines[0])
  const port = Number(lines[3])
  let running = false
  if (pid > 0 && port > 0) {
    try {
      process.kill(pid, 0)
      running = true
    } catch {
      running = false
    }
  }
  if (!running) {
    throw new Error('No database: start `npm run dev` first (the worker joins its embedded PostgreSQL), or set DATABASE_URL.')
  }
  // Running, so this joins it (and its stop() is a no-op).
  const cluster = await startEmbeddedCluster(root)
  return withDatabase(cluster.serverUrl, EMBEDDED_DB_NAME)
}
