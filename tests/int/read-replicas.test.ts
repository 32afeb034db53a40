// DATABASE_REPLICA_URLS: Payload reads from the replica, except right after this process wrote.
// The "replica" is a second database migrated like the primary but holding none of its rows, so
// where a read went is visible in what it returns.
import { EventEmitter } from 'node:events'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { dropDatabase, ensureDatabase, withDatabase } from '@/lib/db/databases'

import { makeDoc } from '../helpers/fixtures'
import { migrateDatabase } from '../helpers/migrateDatabase'

const primaryUrl = inject('databaseUrl')
const replicaUrl = withDatabase(primaryUrl, `portal_replica_${Date.now()}_${process.pid}`)
let payload: Payload

beforeAll(async () => {
  await ensureDatabase(replicaUrl)
  migrateDatabase(replicaUrl)
  // payload.config reads the environment when first imported in this file's module graph.
  process.env.DATABASE_REPLICA_URLS = replicaUrl
  const [{ default: config }, { getPayload }] = await Promise.all([import('@payload-config'), import('payload')])
  payload = await getPayload({ config, key: 'read-replicas' })
})

/**
 * payload.destroy() ends the primary pool only; the replica pools (in drizzle's withReplicas) are cut
 * when their database is dropped, so let them hear that quietly instead of as an uncaught error.
 */
function quietReplicaPools(drizzle: object) {
  const replicas: unknown = '$replicas' in drizzle ? drizzle.$replicas : []
  for (const replica of Array.isArray(replicas) ? (replicas as unknown[]) : []) {
    const pool: unknown = replica && typeof replica === 'object' && '$client' in replica ? replica.$client : null
    if (pool instanceof EventEmitter) pool.on('error', () => {})
  }
}

afterAll(async () => {
  delete process.env.DATABASE_REPLICA_URLS
  if (payload) {
    quietReplicaPools(payload.db.drizzle)
    await payload.destroy()
  }
  await dropDatabase(replicaUrl)
})

const findTitle = async (id: number) =>
  (await payload.find({ collection: 'announcements', where: { id: { equals: id } }, depth: 0 })).docs[0]?.title

describe('read replicas', () => {
  it('reads your own write from the primary at once, then reads go to the replica', async () => {
    const doc = await makeDoc(payload, 'announcements', { status: 'published', title: 'Written to the primary' })
    // Within the read-after-write window: the primary, so the editor sees their save.
    expect(await findTitle(doc.id)).toBe('Written to the primary')

    // Past the window (2 s), a read is answered by the replica, which never received the row.
    await new Promise((resolve) => setTimeout(resolve, 2_500))
    expect(await findTitle(doc.id)).toBeUndefined()

    // The row is on the primary all along: a transaction (what every write runs in) reads the primary.
    const transactionID = await payload.db.beginTransaction()
    const inTransaction = await payload.find({
      collection: 'announcements',
      where: { id: { equals: doc.id } },
      depth: 0,
      req: { transactionID: transactionID! },
    })
    await payload.db.commitTransaction(transactionID!)
    expect(inTransaction.docs[0]?.title).toBe('Written to the primary')
  })
})
