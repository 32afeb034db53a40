import { schedulePublishHandler, type SchedulePublishHandlerArgs } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { commitTransaction, initTransaction, killTransaction, type CollectionSlug, type DefaultServerFunctionArgs, type PayloadRequest } from 'payload'

import { recordSchedule, type ScheduleTarget } from '@/lib/activity/recordSchedule'
import { canEditRegions } from '@/lib/auth/canEdit'
import { staffUser } from '@/lib/auth/viewer'

export const SCHEDULE_REFUSED = 'You can only schedule content for your own regions.'
export const SCHEDULE_GONE = 'That schedule has already run or was cancelled.'

/** Whether the signed-in staff member could publish this document by hand, and so may schedule it. */
export async function canSchedule(req: PayloadRequest, doc: { relationTo: string; value: number | string } | undefined) {
  const user = staffUser(req)
  if (!user) return false
  if (!doc) return user.role !== 'regional'
  const target = await req.payload.findByID({
    collection: doc.relationTo as CollectionSlug,
    id: doc.value,
    depth: 0,
    draft: true,
    req,
  })
  return canEditRegions(user, (target as { regions?: number[] | null }).regions)
}

type ScheduleInput = { type?: string; doc?: ScheduleTarget; locale?: string }

/**
 * Cancels one pending schedule and logs it, in one transaction. Payload's own handler would also
 * queue an empty job after the delete, and checks no document, so regional staff could not cancel.
 */
async function cancelSchedule(req: PayloadRequest, id: number | string) {
  const job = await req.payload.db.findOne<{ id: number | string; input?: ScheduleInput; waitUntil?: string }>({
    collection: 'payload-jobs',
    where: { and: [{ id: { equals: id } }, { taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }] },
    req,
  })
  if (!job) return { error: SCHEDULE_GONE }
  const target = job.input?.doc
  if (!(await canSchedule(req, target))) return { error: SCHEDULE_REFUSED }
  const shouldCommit = await initTransaction(req)
  try {
    await req.payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true, req })
    if (target) await recordSchedule(req, 'unscheduled', target, { at: job.waitUntil, type: job.input?.type, locale: job.input?.locale })
    if (shouldCommit) await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  return { message: req.i18n.t('general:success') }
}

/**
 * The admin's "schedule publish" server function, checked first: Payload's own handler queues any
 * job for anyone who can open /admin. (The job later runs as the scheduler, so access applies again.)
 * Every schedule set or cancelled here goes to the activity log.
 */
export async function guardedSchedulePublish(args: DefaultServerFunctionArgs & SchedulePublishHandlerArgs) {
  if (args.deleteID !== undefined && args.deleteID !== null && !args.type && !args.doc) return cancelSchedule(args.req, args.deleteID)
  if (!(await canSchedule(args.req, args.doc))) return { error: SCHEDULE_REFUSED }
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
