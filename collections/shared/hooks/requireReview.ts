import type { CollectionBeforeChangeHook } from 'payload'

import { staffUser } from '@/lib/auth/viewer'
import { ApiError } from '@/lib/http/errors'
import { contentChanged } from '@/lib/review/contentChanged'
import { needsReview, REVIEW_REQUIRED } from '@/lib/review/needsReview'
import { cancelPendingPublish } from '@/lib/review/pendingPublish'
import { asReviewState, REVIEW_WRITE } from '@/lib/review/states'

import type { UnknownDoc } from '../unknownDoc'

type Review = Record<string, unknown> & { state?: unknown }

/**
 * Review before publish, in the one place every write passes (admin, REST, GraphQL, Local API with a
 * user, scheduled publishes run as their scheduler):
 * - regional staff of an untrusted region cannot make an item live: create or save it published,
 *   publish one language, or have a schedule publish it. Unpublishing stays theirs (taking an item
 *   down is safe and often urgent); so do draft saves.
 * - their real edit of an approved item sends it back to "waiting for review" and drops the approval's
 *   pending scheduled publish, so the change cannot go live unreviewed.
 * - communications or an admin publishing an item that waits for review decides it: approved.
 * Writes without a staff user (seed, scripts, jobs queued by the system) are the server's own.
 */
export const requireReview: CollectionBeforeChangeHook<UnknownDoc> = async ({ collection, data, originalDoc, operation, req }) => {
  if (req.context?.[REVIEW_WRITE] === true) return data
  const user = staffUser(req)
  if (!user) return data
  const status = data._status ?? originalDoc?._status
  const review = (originalDoc?.review ?? {}) as Review
  const state = asReviewState(review.state)
  const now = new Date().toISOString()

  if (user.role !== 'regional') {
    if (data._status === 'published' && state === 'submitted') data.review = { ...review, state: 'approved', decidedBy: user.id, decidedAt: now }
    return data
  }
  if (!(await needsReview(req, user, (data.regions ?? originalDoc?.regions) as number[] | undefined))) return data
  if (status === 'published') throw new ApiError('forbidden', REVIEW_REQUIRED)
  if (operation === 'update' && originalDoc && state === 'approved' && contentChanged(data, originalDoc)) {
    data.review = { ...review, state: 'submitted', submittedBy: user.id, submittedAt: now, decidedBy: null, decidedAt: null, note: null }
    await cancelPendingPublish(req, collection.slug, originalDoc.id)
  }
  return data
}
