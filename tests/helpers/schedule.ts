import type { CollectionSlug, Payload } from 'payload'

import { guardedSchedulePublish } from '@/lib/scheduling/guardedSchedulePublish'

import { type Actor, reqFor } from './actors'

/**
 * Schedules a publish or unpublish as the admin's schedule drawer does, through its server function and
 * as `actor` (REST has no route for scheduling). Returns what the drawer gets: `{ error }` on refusal.
 */
export async function scheduleAs(
  payload: Payload,
  actor: Actor,
  id: number,
  type: 'publish' | 'unpublish',
  date: Date,
  collection: CollectionSlug = 'announcements',
) {
  // The server function's arguments also carry the admin's import map and cookies, which it does not read.
  return guardedSchedulePublish({
    type,
    date,
    doc: { relationTo: collection, value: String(id) },
    req: await reqFor(payload, actor),
  } as Parameters<typeof guardedSchedulePublish>[0])
}
