import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { recordSchedule } from '@/lib/activity/recordSchedule'
import { canEditRegions } from '@/lib/auth/canEdit'
import { ApiError } from '@/lib/http/errors'
import { regionIds } from '@/lib/regions/regionKey'
import { needsReview, REVIEW_REQUIRED } from '@/lib/review/needsReview'
import type { User } from '@/payload-types'

import { isScheduledSlug, type ScheduledSlug } from './calendarCollections'
import { readScheduleJob, type ScheduleJob } from './scheduleJobs'

// Retry and dismiss for the calendar's failed schedules. Both answer 404 for a schedule whose document
// the staff member may not read (as if it did not exist), 403 when they may read but not edit it.

/** A failed run leaves no reason to wait; a time a minute in the past is a typo, not "now". */
const PAST_TOLERANCE_MS = 60_000

type FailedSchedule = ScheduleJob & { doc: { collection: ScheduledSlug; id: number } }

async function readDoc(req: PayloadRequest, user: User, job: FailedSchedule) {
  const { collection, id } = job.doc
  const exists = await req.payload.findByID({ collection, id, depth: 0, draft: true, overrideAccess: true, disableErrors: true, select: {}, req })
  if (!exists) return { exists: false as const }
  const readable: { regions?: unknown } | null = await req.payload.findByID({ collection, id, depth: 0, draft: true, overrideAccess: false, user, disableErrors: true, req })
  return { exists: true as const, readable }
}

const NO_SUCH_SCHEDULE = 'There is no such schedule. It may have been retried or dismissed already.'

async function failedSchedule(req: PayloadRequest, jobId: number): Promise<FailedSchedule> {
  const job = await readScheduleJob(req.payload, jobId)
  const collection = job?.doc?.collection
  if (!job?.doc || !collection || !isScheduledSlug(req.payload, collection)) throw new ApiError('not-found', NO_SUCH_SCHEDULE)
  return { ...job, doc: { collection, id: job.doc.id } }
}

function assertMayEdit(user: User, doc: { regions?: unknown } | null): number[] {
  if (!doc) throw new ApiError('not-found', NO_SUCH_SCHEDULE)
  const regions = Array.isArray(doc.regions) ? regionIds(doc.regions as Array<number | { id: number }>) : []
  if (!canEditRegions(user, regions)) throw new ApiError('forbidden', 'Only staff who can edit this document can retry its schedule.')
  return regions
}

/**
 * Queues the failed schedule again, now or at `at`, to run as the staff member retrying it (who may
 * edit the document; whoever scheduled it first may no longer), and removes the failed job, in one
 * transaction. Returns the new job.
 */
export async function retrySchedule(req: PayloadRequest, user: User, { jobId, at }: { jobId: number; at?: string }) {
  const job = await failedSchedule(req, jobId)
  if (!job.failed) throw new ApiError('closed', 'This schedule has not failed; it is still waiting for its time.')
  const doc = await readDoc(req, user, job)
  if (!doc.exists) throw new ApiError('closed', 'The document was deleted, so this schedule cannot run. Dismiss it instead.')
  const regions = assertMayEdit(user, doc.readable)
  // A retried publish runs as the retrier, so it needs what a publish by their hand needs (lib/review).
  if (job.type !== 'unpublish' && (await needsReview(req, user, regions))) throw new ApiError('forbidden', REVIEW_REQUIRED)

  const waitUntil = at ? new Date(at) : new Date()
  if (waitUntil.getTime() < Date.now() - PAST_TOLERANCE_MS) {
    throw new ApiError('invalid', 'Choose a time from now on.', { fields: { at: 'must not be in the past' } })
  }

  const started = await initTransaction(req)
  try {
    const queued = await req.payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: job.type,
        ...(job.locale ? { locale: job.locale } : {}),
        doc: { relationTo: job.doc.collection, value: job.doc.id },
        user: { relationTo: 'users', value: user.id },
      },
      waitUntil,
      req,
    })
    await req.payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true, req })
    // Queued jobs pass no collection hooks (lib/activity/recordSchedule.ts): the retry logs itself.
    await recordSchedule(req, job.type === 'unpublish' ? 'scheduled_unpublish' : 'scheduled_publish', { relationTo: job.doc.collection, value: job.doc.id }, {
      at: waitUntil.toISOString(),
      type: job.type,
      locale: job.locale ?? undefined,
    })
    if (started) await commitTransaction(req)
    return { jobId: Number(queued.id), waitUntil: waitUntil.toISOString() }
  } catch (error) {
    if (started) await killTransaction(req)
    throw error
  }
}

/** Removes a failed schedule (or one whose document is gone) without running it. */
export async function dismissSchedule(req: PayloadRequest, user: User, { jobId }: { jobId: number }) {
  const job = await failedSchedule(req, jobId)
  const doc = await readDoc(req, user, job)
  if (doc.exists) {
    if (!job.failed) throw new ApiError('closed', 'This schedule has not failed; cancel it from the document’s schedule instead.')
    assertMayEdit(user, doc.readable)
  } else if (user.role === 'regional' && job.userId !== user.id) {
    throw new ApiError('not-found', NO_SUCH_SCHEDULE)
  }
  await req.payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true, req })
  return { dismissed: job.id }
}
