import { schedulePublishHandler, type SchedulePublishHandlerArgs } from '@payloadcms/ui/utilities/schedulePublishHandler'
import type { CollectionSlug, DefaultServerFunctionArgs, PayloadRequest } from 'payload'

import { canEditRegions } from '@/lib/auth/canEdit'
import { staffUser } from '@/lib/auth/viewer'
import { needsReview, REVIEW_REQUIRED } from '@/lib/review/needsReview'

export const SCHEDULE_REFUSED = 'You can only schedule content for your own regions.'

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
 * The admin's "schedule publish" server function, checked first: Payload's own handler queues any
 * job for anyone who can open /admin. (The job later runs as the scheduler, so access and review
 * apply again: a publish that became unreviewed in between fails with the reason in the job's log.)
 */
export async function guardedSchedulePublish(args: DefaultServerFunctionArgs & SchedulePublishHandlerArgs) {
  // Payload's handler queues a job on every call (with deleteID too), and a job without a type publishes.
  const refusal = await scheduleRefusal(args.req, args.doc, args.type)
  if (refusal) return { error: refusal }
  return schedulePublishHandler(args)
}
