import type { Payload } from 'payload'

import { JOB_QUEUE } from '@/lib/jobs/queueSchedule'

// One `sendEmails` job at a time is enough (two would be safe — rows are locked — but would share the
// rate). A job whose worker died (kill -9, a crash) stays "processing" in Payload's table forever, so
// liveness is its heartbeat: a running sender touches its job row after every batch.
const STALE = `interval '20 seconds'`

/** Due rows exist and no live sender is on them: the schedule (and a new alert) starts one. */
export async function senderNeeded(payload: Payload): Promise<boolean> {
  const pool = payload.db.pool
  await pool.query(
    `update payload_jobs set processing = false, has_error = true, completed_at = now(),
       error = '{"message":"The worker running it stopped; the deliveries it held are due again."}'::jsonb
     where task_slug = 'sendEmails' and processing and updated_at < now() - ${STALE}`,
  )
  const { rows } = await pool.query<{ due: boolean; live: boolean }>(
    `select exists (select 1 from email_deliveries where status = 'queued' and next_attempt_at <= now()) as due,
            exists (select 1 from payload_jobs where task_slug = 'sendEmails' and completed_at is null and has_error is not true) as live`,
  )
  return Boolean(rows[0]?.due && !rows[0]?.live)
}

export async function startSender(payload: Payload): Promise<void> {
  if (await senderNeeded(payload)) await payload.jobs.queue({ task: 'sendEmails', input: {}, queue: JOB_QUEUE })
}

const BEAT_EVERY_MS = 5_000

/** Touches the job's row at most every 5 s (each touch is a commit): well inside the 20 s of STALE. */
export function heartbeat(payload: Payload, jobId: number | string): () => Promise<void> {
  let last = 0
  return async () => {
    if (Date.now() - last < BEAT_EVERY_MS) return
    last = Date.now()
    await payload.db.pool.query(`update payload_jobs set updated_at = now() where id = $1`, [jobId])
  }
}
