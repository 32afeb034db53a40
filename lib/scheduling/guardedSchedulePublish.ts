import { schedulePublishHandler, type SchedulePublishHandlerArgs } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { commitTransaction, initTransaction, killTransaction, type CollectionSlug, type DefaultServerFunctionArgs, type PayloadRequest } from 'payload'

import { recordSchedule } from '@/lib/activity/recordSchedule'
import { canEditRegions } from '@/lib/auth/canEdit'
import { staffUser } from '@/lib/auth/viewer'
import { readScheduleJob } from '@/lib/editorial/scheduleJobs'
import { needsReview, REVIEW_REQUIRED } from '@/lib/review/needsReview'

export const SCHEDULE_REFUSED = 'You can only schedule content for your own regions.'
export const SCHEDULE_GONE = 'That schedule has already run or was cancelled.'

/**
 * Why the signed-in staff member may not schedule this, or null when they could do it by hand: edit
 * the document, and (a publish) make it live without review. Unpublishing is never held for review.
 */
export async function scheduleRefusal(req: PayloadRequest, doc: { relationTo: string; value: number | string } | undefined, type?: string): Promise<string | null> {
  const user = staffUser(req)
  if (!user) return SCHEDULE_REFUSED
  if (!doc) return user.role !== 'regional' ? null : SCHEDULE_REFUSED
  const target = await req.payload.findByID({
    collection: doc.relationTo as CollectionSlug,
    id: doc.value,
    depth: 0,
    draft: true,
    req,
  })
  const regions = (target as { regions?: number[] | null }).regions
  if (!canEditRegions(user, regions)) return SCHEDULE_REFUSED
  if (type !== 'unpublish' && (await needsReview(req, user, regions))) return REVIEW_REQUIRED
  return null
}

/**
 * Cancels one pending schedule and logs it, in one transaction. Payload's own handler would also
 * queue an empty job after the delete, and checks no document, so regional staff could not cancel.
 */
async function cancelSchedule(req: PayloadRequest, id: number | string) {
  const jobId = Number(id)
  const job = Number.isInteger(jobId) ? await readScheduleJob(req.payload, jobId) : null
  if (!job) return { error: SCHEDULE_GONE }
  const target = job.doc ? { relationTo: job.doc.collection, value: job.doc.id } : undefined
  // Taking a schedule off is never held for review: whoever may edit the document may cancel it.
  const refusal = await scheduleRefusal(req, target, 'unpublish')
  if (refusal) return { error: refusal }
  const shouldCommit = await initTransaction(req)
  try {
    await req.payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true, req })
    if (target) await recordSchedule(req, 'unscheduled', target, { at: job.when, type: job.type, locale: job.locale ?? undefined })
    if (shouldCommit) await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  return { message: req.i18n.t('general:success') }
}

/**
 * The admin's "schedule publish" server function, checked first: Payload's own handler queues any
 * job for anyone who can open /admin. (The job later runs as the scheduler, so access and review
 * apply again: a publish that became unreviewed in between fails with the reason in the job's log.)
 * Every schedule set or cancelled here goes to the activity log.
 */
export async function guardedSchedulePublish(args: DefaultServerFunctionArgs & SchedulePublishHandlerArgs) {
  // Payload's handler queues a job on every call (with deleteID too), and a job without a type publishes.
  if (args.deleteID !== undefined && args.deleteID !== null && !args.type && !args.doc) return cancelSchedule(args.req, args.deleteID)
  const refusal = await scheduleRefusal(args.req, args.doc, args.type)
  if (refusal) return { error: refusal }
  const result: unknown = await schedulePublishHandler(args)
  const failed = typeof result === 'object' && result !== null && 'error' in result
  if (!failed && args.doc) {
    await recordSchedule(args.req, args.type === 'unpublish' ? 'scheduled_unpublish' : 'scheduled_publish', args.doc, {
      at: args.date,
      type: args.type,
      locale: args.localeToPublish,
      timezone: args.timezone,
    })
  }
  return result
}
