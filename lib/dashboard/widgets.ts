import type { DashboardConfig, PayloadRequest } from 'payload'

import { staffUser } from '@/lib/auth/viewer'

import { roleLayout, WIDGETS } from './layout'

// The admin dashboard: Payload's modular dashboard (admin.dashboard) with the portal's widgets and a
// first layout per role (./layout). Staff may rearrange or add widgets (Payload keeps that per person);
// every widget reads as its viewer, so adding one never shows more than that person's access allows.

const DIR = '@/components/admin/dashboard'

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

export const dashboard: DashboardConfig = {
  widgets,
  defaultLayout: ({ req }: { req: PayloadRequest }) => roleLayout(staffUser(req)?.role ?? null),
}
