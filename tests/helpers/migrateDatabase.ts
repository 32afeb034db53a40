import { execFileSync } from 'node:child_process'

import { databaseName } from '../../lib/db/databases'

/** Applies the committed migrations to a test database (scripts/prepare-db.ts, as `npm run migrate` does). */
export function migrateDatabase(url: string): void {
  try {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/prepare-db.ts'], {
      env: { ...process.env, DATABASE_URL: url, DISABLE_PAYLOAD_HMR: 'true' },
      stdio: 'pipe',
      encoding: 'utf8',
    })
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string }
    throw new Error(`Migrating the test database ${databaseName(url)} failed:\n${(stdout + stderr).slice(-4000)}`)
  }
}
