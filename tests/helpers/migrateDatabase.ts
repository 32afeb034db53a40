import { execFileSync } from 'node:child_process'

import { databaseName } from '../../lib/db/databases'

/** Applies the committed migrations to a test database (scripts/prepare-db.ts, as `npm run migrate` does). */
export function migrateDatabase(url: string, attempts = 2): void {
  try {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/prepare-db.ts'], {
      env: { ...process.env, DATABASE_URL: url, DISABLE_PAYLOAD_HMR: 'true' },
      stdio: 'pipe',
      encoding: 'utf8',
    })
  } catch (error) {
    const { status, stdout = '', stderr = '' } = error as { status?: number; stdout?: string; stderr?: string }
    // Exit 13 while loading, with nothing printed: the intermittent Node 20 + tsx load failure that
    // job-runners.ts also retries once (README: Tests). Migrations are idempotent, so run it again.
    if (status === 13 && attempts > 1) return migrateDatabase(url, attempts - 1)
    throw new Error(`Migrating the test database ${databaseName(url)} failed (exit ${status}):\n${(stdout + stderr).slice(-4000)}`)
  }
}
