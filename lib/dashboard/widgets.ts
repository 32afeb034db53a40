import type { DashboardConfig, PayloadRequest, WidgetInstance } from 'payload'

import { staffUser } from '@/lib/auth/viewer'
import type { StaffRole } from '@/lib/auth/roles'

// The admin dashboard: Payload's modular dashboard (admin.dashboard) with the portal's widgets, and a
// first layout per role. Staff may rearrange or add widgets (Payload keeps that per person); every
// widget reads as its viewer, so adding one never shows more than that person's access allows.

const DIR = '@/components/admin/dashboard'

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

const widgets: DashboardConfig['widgets'] = [
  { slug: WIDGETS.drafts, label: 'Drafts', Component: `${DIR}/DraftsWidget#DraftsWidget`, minWidth: 'small' },
  {
    slug: WIDGETS.scheduled,
    label: 'Scheduled',
    Component: `${DIR}/ScheduledWidget#ScheduledWidget`,
    minWidth: 'small',
    fields: [{ name: 'days', label: 'Days ahead', type: 'number', min: 1, max: 60 }],
  },
  { slug: WIDGETS.myReviews, label: 'My reviews', Component: `${DIR}/MyReviewsWidget#MyReviewsWidget`, minWidth: 'small' },
  { slug: WIDGETS.reviewQueue, label: 'Review queue', Component: `${DIR}/ReviewQueueWidget#ReviewQueueWidget`, minWidth: 'small' },
  { slug: WIDGETS.failed, label: 'Failed schedules', Component: `${DIR}/FailedSchedulesWidget#FailedSchedulesWidget`, minWidth: 'small' },
  { slug: WIDGETS.week, label: 'This week: signatures and stories', Component: `${DIR}/WeekWidget#WeekWidget`, minWidth: 'small' },
  { slug: WIDGETS.staff, label: 'Staff changes', Component: `${DIR}/StaffChangesWidget#StaffChangesWidget`, minWidth: 'small' },
]

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

export const dashboard: DashboardConfig = {
  widgets,
  defaultLayout: ({ req }: { req: PayloadRequest }) => roleLayout(staffUser(req)?.role ?? null),
}
