import type { CollectionSlug, Payload } from 'payload'

import type { TaskSchedulePublish } from '@/payload-types'

export type CalendarCollection = { slug: CollectionSlug; label: string; titleField: string }

/**
 * The collections a calendar covers: every one with scheduled publishing (contentCollection gives it
 * to announcements, bargaining updates, campaigns, leadership and pages), read from the config so a
 * new content collection shows up without touching the calendar.
 */
export function calendarCollections(payload: Payload): CalendarCollection[] {
  return payload.config.collections
    .filter((collection) => {
      const drafts = collection.versions?.drafts
      return Boolean(drafts && typeof drafts === 'object' && drafts.schedulePublish)
    })
    .map((collection) => ({
      slug: collection.slug,
      label: typeof collection.labels.plural === 'string' ? collection.labels.plural : collection.slug,
      titleField: collection.admin.useAsTitle ?? 'id',
    }))
}

/** A collection Payload's schedulePublish task may name (its input type lists them). */
export type ScheduledSlug = NonNullable<TaskSchedulePublish['input']['doc']>['relationTo']

export function isScheduledSlug(payload: Payload, slug: string): slug is ScheduledSlug {
  return calendarCollections(payload).some((collection) => collection.slug === slug)
}
