import { APIError, type CollectionBeforeChangeHook, type CollectionSlug } from 'payload'

import { canEditRegions } from '@/lib/auth/canEdit'

type ScheduleInput = {
  doc?: { relationTo: CollectionSlug; value: string | number }
  user?: { relationTo: string; value: string | number }
}

/**
 * The admin's schedule drawer queues jobs without checking the document: refuse a schedule the
 * scheduling user could not carry out by hand, so regional staff cannot schedule other regions' items.
 */
export const guardSchedulePublish: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || data.taskSlug !== 'schedulePublish') return data
  const input = (data.input ?? {}) as ScheduleInput
  if (!input.doc || input.user?.relationTo !== 'users') return data

  const [user, doc] = await Promise.all([
    req.payload.findByID({ collection: 'users', id: input.user.value, depth: 0, req }),
    req.payload.findByID({ collection: input.doc.relationTo, id: input.doc.value, depth: 0, draft: true, req }),
  ])
  const regions = (doc as { regions?: number[] | null }).regions
  if (!canEditRegions(user, regions)) {
    throw new APIError('You can only schedule content for your own regions.', 403, null, true)
  }
  return data
}
