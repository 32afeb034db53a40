import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { DatabaseAdapterObj, UpdateJobsArgs, Where } from 'payload'

// Why this exists: Payload 3.x claims jobs by reading candidates and then updating them one by one
// (payload/dist/queues/operations/runJobs → @payloadcms/drizzle/dist/updateJobs.js: findMany, then an
// UPDATE per id with no condition on `processing`). Two runners polling at the same moment — several
// web instances, or a worker plus the cron endpoint — both "claim" the same rows and both run them:
// a scheduled publish fires twice. Payload fixes this only in v4. Until then, the claim below takes a
// job only if it is still unclaimed and runnable, in one statement, so each job runs once.
//
// Table and columns: payload_jobs (id serial, processing, completed_at, has_error, wait_until,
// updated_at) from migrations/20261122_181404_initial.ts.

const UNSAFE_UPDATE_JOBS = Symbol.for('coalition-portal.jobs.unsafeUpdateJobs')

type UpdateJobsFn = PostgresAdapter['updateJobs']

/** Payload's claim is the only updateJobs call whose data is `{ processing: true }` (+ the updatedAt it adds). */
export function isClaim(data: Record<string, unknown>): boolean {
  if (data.processing !== true) return false
  return Object.entries(data).every(
    ([key, value]) => key === 'processing' || key === 'updatedAt' || (key === 'log' && Array.isArray(value) && value.length === 0),
  )
}

/** The drizzle handle for the claim: the caller's transaction (updateJob.ts opens one), else the primary. */
async function primaryDb(adapter: PostgresAdapter, req: UpdateJobsArgs['req']) {
  const transactionID = req?.transactionID ? await req.transactionID : undefined
  const session = transactionID !== undefined ? adapter.sessions[transactionID] : undefined
  return session?.db ?? adapter.primaryDrizzle ?? adapter.drizzle
}

function jobsTable(adapter: PostgresAdapter) {
  const table = sql.identifier(adapter.tableNameMap.get('payload_jobs') ?? 'payload_jobs')
  return adapter.schemaName ? sql`${sql.identifier(adapter.schemaName)}.${table}` : table
}

function idsOf(result: { rows: Array<{ id: number | string }> }): Array<number | string> {
  return result.rows.map((row) => row.id)
}

/**
 * Claims what Payload would have claimed, minus whatever another runner took first. Returns the
 * claimed jobs in the shape (and order) Payload's own updateJobs returns, or [] when none were left.
 */
async function claimJobs(adapter: PostgresAdapter, original: UpdateJobsFn, args: UpdateJobsArgs) {
  const db = await primaryDb(adapter, args.req)
  const table = jobsTable(adapter)
  const now = typeof args.data.updatedAt === 'string' ? args.data.updatedAt : new Date().toISOString()

  let claimed: Array<number | string>
  if (args.id !== undefined && args.id !== null) {
    // runByID: Payload runs that one job whatever its state; we only refuse if a runner holds it.
    claimed = idsOf(
      await db.execute<{ id: number | string }>(
        sql`update ${table} set processing = true, updated_at = ${now}
            where id = ${args.id} and processing = false returning id`,
      ),
    )
  } else {
    // The same candidates, in the same order, that Payload's updateJobs would find.
    const found = await adapter.find({
      collection: 'payload-jobs',
      where: args.where,
      sort: args.sort,
      limit: args.limit,
      pagination: false,
      req: args.req,
      select: { id: true },
    })
    const candidates = found.docs.map((doc) => doc.id)
    if (candidates.length === 0) return []
    // Re-checks "still runnable" at claim time, not just `processing = false`: another runner may have
    // claimed, run and completed a job between our read and this statement (it would be unclaimed
    // again, but done). SKIP LOCKED: rows another runner is claiming right now are its, not ours —
    // no waiting, no deadlock between runners locking overlapping batches.
    claimed = idsOf(
      await db.execute<{ id: number | string }>(sql`
        with runnable as (
          select id from ${table}
          where id = any(${sql.param(candidates)})
            and processing = false
            and completed_at is null
            and has_error is not true
            and (wait_until is null or wait_until < ${now})
          order by id
          for update skip locked
        )
        update ${table} as jobs set processing = true, updated_at = ${now}
        from runnable where jobs.id = runnable.id
        returning jobs.id`),
    )
  }
  if (claimed.length === 0) return args.returning === false ? null : []

  // Read back through Payload's own updateJobs, restricted to what we hold (locked in this
  // transaction), so the rows have exactly the shape and sort runJobs expects.
  const where: Where = { id: { in: claimed } }
  return original.call(adapter, { data: { ...args.data }, req: args.req, returning: args.returning, sort: args.sort, limit: claimed.length, where })
}

/** Wraps the postgres adapter so job claims are conditional; every other call passes through untouched. */
export function withSafeJobClaim(adapterObj: DatabaseAdapterObj<PostgresAdapter>): DatabaseAdapterObj<PostgresAdapter> {
  return {
    ...adapterObj,
    init: (initArgs) => {
      const adapter = adapterObj.init(initArgs)
      const jobs = initArgs.payload.config.jobs
      // With depth or runHooks, Payload claims through payload.update instead, which this does not cover.
      if (jobs.depth || jobs.runHooks) {
        throw new Error('lib/jobs/safeClaim: jobs.depth and jobs.runHooks must stay unset, or claims bypass the safe claim')
      }
      const original = adapter.updateJobs
      Object.defineProperty(adapter, UNSAFE_UPDATE_JOBS, { value: original })
      adapter.updateJobs = async function updateJobs(this: PostgresAdapter, args: UpdateJobsArgs) {
        return isClaim(args.data) ? claimJobs(this, original, args) : original.call(this, args)
      }
      return adapter
    },
  }
}

/**
 * Tests only: puts Payload's own racy claim back on an initialised adapter, to show the race is real.
 * Returns false when the adapter was not wrapped.
 */
export function restoreUnsafeClaim(adapter: object): boolean {
  const original = (adapter as Record<symbol, UpdateJobsFn | undefined>)[UNSAFE_UPDATE_JOBS]
  if (!original) return false
  ;(adapter as { updateJobs: UpdateJobsFn }).updateJobs = original
  return true
}
