import type { WidgetInstance } from 'payload'

import type { StaffRole } from '@/lib/auth/roles'

// Which widgets each role's dashboard starts with (plain data: the bench checks a render against it).

/** Widget slugs; each widget's markup carries its slug as `data-widget`. */
export const WIDGETS = {
  drafts: 'region-drafts',
  scheduled: 'scheduled',
  myReviews: 'my-reviews',
  reviewQueue: 'review-queue',
  failed: 'failed-schedules',
  week: 'week-engagement',
  staff: 'staff-changes',
} as const

/** Days ahead the "Scheduled" widget looks by default: regional staff plan two weeks, the desk one. */
export const SCHEDULE_DAYS: Record<StaffRole, number> = { admin: 7, communications: 7, regional: 14 }

/** Each role's first dashboard; Payload's collection cards stay last (they list only what the role uses). */
export function roleLayout(role: StaffRole | null): WidgetInstance[] {
  const collections: WidgetInstance = { widgetSlug: 'collections', width: 'full' }
  if (role === 'regional') {
    return [
      { widgetSlug: WIDGETS.drafts, width: 'medium' },
      { widgetSlug: WIDGETS.scheduled, width: 'medium', data: { days: SCHEDULE_DAYS.regional } },
      { widgetSlug: WIDGETS.myReviews, width: 'medium' },
      { widgetSlug: WIDGETS.failed, width: 'medium' },
      collections,
    ]
  }
  if (role === 'communications' || role === 'admin') {
    return [
      { widgetSlug: WIDGETS.reviewQueue, width: 'medium' },
      { widgetSlug: WIDGETS.scheduled, width: 'medium', data: { days: SCHEDULE_DAYS[role] } },
      { widgetSlug: WIDGETS.failed, width: 'medium' },
      { widgetSlug: WIDGETS.week, width: 'medium' },
      ...(role === 'admin' ? [{ widgetSlug: WIDGETS.staff, width: 'full' } satisfies WidgetInstance] : []),
      collections,
    ]
  }
  return [collections]
}
