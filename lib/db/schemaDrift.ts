import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => unknown
}

/**
 * The SQL `payload migrate:create` would write now: empty when payload.config.ts and the latest
 * committed migration snapshot agree. Same inputs as Payload's own createMigration.
 */
export async function pendingSchemaStatements(payload: Payload): Promise<string[]> {
  const db = payload.db as unknown as { requireDrizzleKit: () => DrizzleKit; schema: unknown; migrationDir: string }
  const { generateDrizzleJson, generateMigration, upSnapshot } = db.requireDrizzleKit()
  const after = await generateDrizzleJson(db.schema)
  const latest = fs
    .readdirSync(db.migrationDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .at(-1)
  if (!latest) return ['-- no migration snapshot in migrations/']
  let before = JSON.parse(fs.readFileSync(path.join(db.migrationDir, latest), 'utf8')) as { version: string }
  if (upSnapshot && before.version < after.version) before = upSnapshot(before) as { version: string }
  return generateMigration(before, after)
}
