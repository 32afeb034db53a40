import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

async function transactionId(req: PayloadRequest): Promise<number | string | undefined> {
  const id = req.transactionID
  return id === undefined ? undefined : await id
}

/**
 * Locks media rows until the request's transaction ends. Taken before their `usedBy` is read, so two
 * items saved at once that share a file update it one after the other instead of one losing the other's
 * change (under READ COMMITTED the second sees the first's commit once it gets the lock).
 */
export async function lockMediaRows(req: PayloadRequest, ids: number[]): Promise<void> {
  if (ids.length === 0) return
  const adapter = req.payload.db
  const id = await transactionId(req)
  const session = id !== undefined ? adapter.sessions?.[id] : undefined
  // Sessions hold the same drizzle client, inside the transaction (typed loosely by the adapter).
  const db = session ? (session.db as typeof adapter.drizzle) : adapter.drizzle
  const list = sql.join(
    [...ids].sort((a, b) => a - b).map((value) => sql`${value}`),
    sql`, `,
  )
  await db.execute(sql`SELECT "id" FROM "media" WHERE "id" IN (${list}) ORDER BY "id" FOR UPDATE`)
}

/**
 * Runs `task` once the request's transaction has committed or rolled back (Payload removes its
 * session then), or at once when there is none. Payload has no after-commit hook of its own.
 */
export async function afterTransaction(req: PayloadRequest, task: () => Promise<unknown>, { pollMs = 25, maxMs = 60_000 } = {}): Promise<void> {
  const id = await transactionId(req)
  const sessions = req.payload.db.sessions
  const started = Date.now()
  while (id !== undefined && sessions?.[id] && Date.now() - started < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
  await task()
}
