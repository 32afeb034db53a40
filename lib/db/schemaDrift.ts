import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

// drizzle-kit's snapshot type is built on zod 3's TypeOf, which our zod 4 lacks, so it does not resolve: what we use of it.
type Snapshot = Record<string, unknown> & { version: string }
type DrizzleKit = {
  generateDrizzleJson: (schema: Record<string, unknown>) => Snapshot | Promise<Snapshot>
  generateMigration: (before: Snapshot, after: Snapshot) => Promise<string[]>
  upSnapshot?: (snapshot: Snapshot) => Snapshot
}

/**
 * The SQL `payload migrate:create` would write now: empty when payload.config.ts and the latest
 * committed migration snapshot agree. Same inputs as Payload's own createMigration.
 */
export async function pendingSchemaStatements(payload: Payload): Promise<string[]> {
  const db = payload.db
  const { generateDrizzleJson, generateMigration, upSnapshot }: DrizzleKit = db.requireDrizzleKit()
  const after = await generateDrizzleJson(db.schema)
  const latest = fs
    .readdirSync(db.migrationDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .at(-1)
  if (!latest) return ['-- no migration snapshot in migrations/']
  let before = JSON.parse(fs.readFileSync(path.join(db.migrationDir, latest), 'utf8')) as Snapshot
  if (upSnapshot && before.version < after.version) before = upSnapshot(before)
  return generateMigration(before, after)
}
