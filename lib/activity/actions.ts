// What the activity log records. Stored as the select's values; the labels are what staff read.
export const ACTIVITY_ACTIONS = {
  created: 'Created',
  edited: 'Edited',
  published: 'Published',
  unpublished: 'Unpublished',
  scheduled_publish: 'Scheduled publish',
  scheduled_unpublish: 'Scheduled unpublish',
  unscheduled: 'Cancelled a schedule',
  review_submitted: 'Submitted for review',
  review_approved: 'Approved',
  review_changes_requested: 'Requested changes',
  review_rejected: 'Rejected',
  deleted: 'Deleted',
  restored: 'Restored a version',
  role_changed: 'Changed role',
  regions_changed: 'Changed regions',
  exported_signatures: 'Exported signatures',
} as const

export type ActivityAction = keyof typeof ACTIVITY_ACTIONS

/** Entries about staff accounts: admins only (see collections/Activity/access.ts). */
export const STAFF_COLLECTION = 'users'

/** The review states that are decisions or requests worth an entry (h2's `review.state`). */
export const REVIEW_ACTIONS: Record<string, ActivityAction> = {
  submitted: 'review_submitted',
  approved: 'review_approved',
  changes_requested: 'review_changes_requested',
  rejected: 'review_rejected',
}

/** Draft saves (autosave every 2 s) by one person on one document within this window share one entry. */
export const DRAFT_COALESCE_MS = 10 * 60 * 1000
