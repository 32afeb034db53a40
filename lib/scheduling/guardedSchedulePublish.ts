import { schedulePublishHandler, type SchedulePublishHandlerArgs } from '@payloadcms/ui/utilities/schedulePublishHandler'
import type { CollectionSlug, DefaultServerFunctionArgs, PayloadRequest } from 'payload'

import { canEditRegions } from '@/lib/auth/canEdit'
import { staffUser } from '@/lib/auth/viewer'

export const SCHEDULE_REFUSED = 'You can only schedule content for your own regions.'

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

/**
 * The admin's "schedule publish" server function, checked first: Payload's own handler queues any
 * job for anyone who can open /admin. (The job later runs as the scheduler, so access applies again.)
 */
export async function guardedSchedulePublish(args: DefaultServerFunctionArgs & SchedulePublishHandlerArgs) {
  if (!(await canSchedule(args.req, args.doc))) return { error: SCHEDULE_REFUSED }
  return schedulePublishHandler(args)
}
