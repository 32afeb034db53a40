import type { CollectionSlug, PayloadRequest } from 'payload'

import { utcMinute } from './changedFields'
import { recordActivity } from './recordActivity'
import { titleOf } from './titleOf'

export type ScheduleTarget = { relationTo: string; value: number | string }

/**
 * A schedule set or cancelled (the admin's schedule drawer, lib/scheduling/guardedSchedulePublish.ts).
 * Payload queues schedule jobs straight through the database adapter (no collection hooks unless
 * jobs.runHooks, which lib/jobs/safeClaim.ts rules out), so the drawer's server function records them.
 */
export async function recordSchedule(
  req: PayloadRequest,
  action: 'scheduled_publish' | 'scheduled_unpublish' | 'unscheduled',
  target: ScheduleTarget,
  details: { at: unknown; type?: string; locale?: string; timezone?: string },
): Promise<void> {
  const collection = req.payload.collections[target.relationTo as CollectionSlug]
  if (!collection) return
  const { docs } = await req.payload.find({
    collection: target.relationTo as CollectionSlug,
    where: { id: { equals: target.value } },
    draft: true,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const doc = docs[0] as (Record<string, unknown> & { id: number | string }) | undefined
  const what = details.type === 'unpublish' ? 'unpublish' : 'publish'
  const language = details.locale ? ` (${details.locale} only)` : ''
  const zone = details.timezone ? `, ${details.timezone}` : ''
  await recordActivity(req, {
    action,
    collection: target.relationTo,
    documentId: target.value,
    documentTitle: doc ? titleOf(collection.config, doc) : undefined,
    regions: doc?.regions as Array<number | { id: number }> | undefined,
    summary: action === 'unscheduled' ? `Cancelled the ${what} set for ${utcMinute(details.at)}${language}` : `${what === 'publish' ? 'Publish' : 'Unpublish'} at ${utcMinute(details.at)}${zone}${language}`,
  })
}
