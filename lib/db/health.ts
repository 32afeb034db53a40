import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/** True when the database answers a trivial query within the timeout. */
export async function databaseAnswers(payload: Payload, timeoutMs = 2000): Promise<boolean> {
  const query = payload.db.drizzle.execute(sql`select 1`)
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs))
  try {
    await Promise.race([query, timeout])
    return true
  } catch {
    return false
  }
}
