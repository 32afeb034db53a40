// How often and how much of the job queue one runner takes. The web server's autoRun (payload.config.ts)
// and `npm run worker` (scripts/worker.ts) share these, so moving jobs to a worker changes nothing else.
export const JOB_QUEUE = 'default'
export const JOB_BATCH_LIMIT = 50
export const JOB_INTERVAL_SECONDS = 5

/** Payload's autoRun entry (croner syntax with seconds). */
export const jobAutoRun = {
  cron: `*/${JOB_INTERVAL_SECONDS} * * * * *`,
  queue: JOB_QUEUE,
  limit: JOB_BATCH_LIMIT,
}
