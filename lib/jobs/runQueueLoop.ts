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
export async function runQueueLoop(payload: Payload, { queue, limit, intervalMs, signal }: QueueLoopOptions): Promise<void> {
  while (!signal.aborted) {
    await untilNextTick(intervalMs, signal)
    if (signal.aborted) break
    try {
      // autoRun handles schedules first when a task or workflow has a `schedule`; none do today.
      if (payload.config.jobs.scheduling) await payload.jobs.handleSchedules({ queue })
      await payload.jobs.run({ queue, limit })
    } catch (err) {
      payload.logger.error({ err, msg: 'Job queue run failed; trying again on the next tick' })
    }
  }
}
