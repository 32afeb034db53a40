import { withDatabase } from '@/lib/db/databases'
import { EMBEDDED_DB_NAME, runningEmbeddedCluster } from '@/lib/db/embedded'

/**
 * Which database `npm run worker` uses. DATABASE_URL when set (always, in production: a worker on
 * anything else would run nobody's jobs). In development without it, the embedded cluster that
 * `npm run dev` is already running — joined, never started: a worker that started the cluster would
 * also stop it on exit, under the dev server's feet.
 */
export function workerDatabaseUrl(env: { DATABASE_URL?: string; NODE_ENV: string }, root = process.cwd()): string {
  if (env.DATABASE_URL) return env.DATABASE_URL
  if (env.NODE_ENV === 'production') {
    throw new Error('DATABASE_URL is required: the worker must use the same database as the web instances.')
  }
  const cluster = runningEmbeddedCluster(root)
  if (!cluster) {
    throw new Error('No database: start `npm run dev` first (the worker joins its embedded PostgreSQL), or set DATABASE_URL.')
  }
  return withDatabase(cluster.serverUrl, EMBEDDED_DB_NAME)
}
