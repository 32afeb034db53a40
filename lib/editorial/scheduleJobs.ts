import type { Payload, Where } from 'payload'
import { z } from 'zod'

import type { PayloadJob } from '@/payload-types'

// Payload's schedulePublish jobs (payload/dist/versions/schedule/job.js), as the calendar needs them.
// Their input is JSON the admin's drawer (or a script) wrote, so it is parsed, not trusted: a row that
// does not look like a schedule is left out rather than breaking the calendar.

const id = z.union([z.number(), z.string().regex(/^\d+$/)]).transform(Number)

const scheduleInput = z.object({
  type: z.enum(['publish', 'unpublish']).nullish(),
  locale: z.string().nullish(),
  doc: z.object({ relationTo: z.string(), value: id }).nullish(),
  // Payload 3.90 stores { relationTo, value }; older jobs held the bare id.
  user: z.union([z.object({ relationTo: z.string(), value: id }), id]).nullish(),
})

const jobError = z.object({ name: z.string().optional(), message: z.string().optional() }).passthrough()

export type JobError = { name?: string; message?: string }

export type ScheduleJob = {
  id: number
  type: 'publish' | 'unpublish'
  locale: string | null
  doc: { collection: string; id: number } | null
  userId: number | null
  /** When it was due (UTC). Payload drops waitUntil when a late job fails, so then when it last ran. */
  when: string
  /** The error that stopped it (hasError), or the last failed attempt in its log. */
  error: JobError | null
  failed: boolean
}

function lastFailure(job: PayloadJob): { error: JobError | null; at: string | null } {
  const failures = (job.log ?? []).filter((entry) => entry.state === 'failed')
  const last = failures.at(-1)
  const parsed = jobError.safeParse(last?.error)
  return { error: parsed.success ? parsed.data : last ? {} : null, at: last?.executedAt ?? null }
}

export function toScheduleJob(job: PayloadJob): ScheduleJob | null {
  const input = scheduleInput.safeParse(job.input)
  if (!input.success) return null
  const logged = lastFailure(job)
  const stored = jobError.safeParse(job.error)
  const error = job.hasError ? (stored.success ? stored.data : (logged.error ?? {})) : logged.error
  const user = input.data.user
  return {
    id: job.id,
    type: input.data.type ?? 'publish',
    locale: input.data.locale ?? null,
    doc: input.data.doc ? { collection: input.data.doc.relationTo, id: input.data.doc.value } : null,
    userId: user == null ? null : typeof user === 'number' ? user : user.value,
    when: job.waitUntil ?? logged.at ?? job.updatedAt,
    error,
    failed: Boolean(job.hasError) || error !== null,
  }
}

const SCHEDULES: Where = { taskSlug: { equals: 'schedulePublish' }, completedAt: { exists: false } }

/** How many failed schedules the calendar lists at most (newest first); they stay until retried or dismissed. */
export const MAX_FAILURES = 200

/**
 * Every schedule still waiting between `from` and `to`, plus failed schedules (any date, newest first).
 * Completed jobs are deleted by Payload, so what is left is exactly what has not happened.
 */
export async function readScheduleJobs(payload: Payload, { from, to }: { from: Date; to: Date }): Promise<ScheduleJob[]> {
  const [pending, failed] = await Promise.all([
    payload.find({
      collection: 'payload-jobs',
      where: { and: [SCHEDULES, { hasError: { not_equals: true } }, { waitUntil: { greater_than_equal: from.toISOString() } }, { waitUntil: { less_than: to.toISOString() } }] },
      sort: 'waitUntil',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
    payload.find({
      collection: 'payload-jobs',
      where: { and: [SCHEDULES, { or: [{ hasError: { equals: true } }, { 'log.state': { equals: 'failed' } }] }] },
      sort: '-updatedAt',
      limit: MAX_FAILURES,
      depth: 0,
      overrideAccess: true,
    }),
  ])
  const byId = new Map<number, ScheduleJob>()
  for (const job of [...pending.docs, ...failed.docs]) {
    const parsed = toScheduleJob(job)
    if (parsed) byId.set(parsed.id, parsed)
  }
  return [...byId.values()]
}

/** One schedule job by id, or null when there is none (or it is not a schedule). */
export async function readScheduleJob(payload: Payload, jobId: number): Promise<ScheduleJob | null> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [SCHEDULES, { id: { equals: jobId } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ? toScheduleJob(docs[0]) : null
}
