import type { Payload } from 'payload'

export type QueueLoopOptions = {
  queue: string
  limit: number
  intervalMs: number
  /** Aborting stops the loop after the batch in progress, never in the middle of one. */
  signal: AbortSignal
}

/** Resolves at the next multiple of intervalMs on the wall clock (like autoRun's cron), or on abort. */
function untilNextTick(intervalMs: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve()
    const timer = setTimeout(done, intervalMs - (Date.now() % intervalMs))
    function done() {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    signal.addEventListener('abort', done, { once: true })
  })
}

/**
 * Runs the job queue on every tick until aborted: what Payload's autoRun does inside the web server,
 * as a loop of its own so a worker can stop between batches. A failed batch is logged, not fatal.
 */
/** Schedules (lib/email/jobs: every 10 s at the finest) are checked at most this often, however short the interval. */
const SCHEDULE_CHECK_MS = 5_000

export async function runQueueLoop(payload: Payload, { queue, limit, intervalMs, signal }: QueueLoopOptions): Promise<void> {
  let schedulesCheckedAt = 0
  while (!signal.aborted) {
    await untilNextTick(intervalMs, signal)
    if (signal.aborted) break
    try {
      // autoRun handles schedules first when a task or workflow has a `schedule` (the e-mail sender and
      // the weekly digest). Each check reads and writes Payload's stats global: not on every short tick.
      if (payload.config.jobs.scheduling && Date.now() - schedulesCheckedAt >= SCHEDULE_CHECK_MS) {
        schedulesCheckedAt = Date.now()
        await payload.jobs.handleSchedules({ queue })
      }
      await payload.jobs.run({ queue, limit })
    } catch (err) {
      payload.logger.error({ err, msg: 'Job queue run failed; trying again on the next tick' })
    }
  }
}
