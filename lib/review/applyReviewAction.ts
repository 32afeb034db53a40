import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { canEditRegions } from '@/lib/auth/canEdit'
import { ApiError } from '@/lib/http/errors'
import type { ReviewCollection, ReviewRequest } from '@/lib/schemas/review'
import type { User } from '@/payload-types'

import { notifyChangesRequested, type ChangesRequestedMail } from './notifyChangesRequested'
import { cancelPendingPublish } from './pendingPublish'
import { asReviewState, canTransition, DECIDERS, isDecision, REVIEW_WRITE, type ReviewState, TRANSITIONS, transitionRefusal } from './states'

export type ReviewFields = {
  state: ReviewState
  requestedAt: string | null
  note: string | null
  submittedBy: number | null
  submittedAt: string | null
  decidedBy: number | null
  decidedAt: string | null
}

export type ReviewOutcome = { id: number; collection: ReviewCollection; review: ReviewFields; status: 'draft' | 'published'; publishesAt: string | null }

type Item = { id: number; title: string; regions: number[]; status: 'draft' | 'published'; review: ReviewFields }

const TITLE_FIELD: Record<ReviewCollection, 'title' | 'name'> = {
  announcements: 'title',
  'bargaining-updates': 'title',
  campaigns: 'title',
  leadership: 'name',
  pages: 'title',
}

/** A localized text read in one locale is a string; anything else is no title. */
const textOf = (value: unknown): string | null => (typeof value === 'string' && value ? value : null)

const idOf = (value: unknown): number | null => (value && typeof value === 'object' && 'id' in value ? Number(value.id) : typeof value === 'number' ? value : null)

function reviewOf(raw: unknown): ReviewFields {
  const review = (raw ?? {}) as Record<string, unknown>
  const text = (value: unknown) => (typeof value === 'string' && value ? value : null)
  return {
    state: asReviewState(review.state),
    requestedAt: text(review.requestedAt),
    note: text(review.note),
    submittedBy: idOf(review.submittedBy),
    submittedAt: text(review.submittedAt),
    decidedBy: idOf(review.decidedBy),
    decidedAt: text(review.decidedAt),
  }
}

/** The item's latest draft as this staff member may read it, or a 404 (unknown, or another region's). */
async function readItem(req: PayloadRequest, staff: User, collection: ReviewCollection, id: number): Promise<Item> {
  const { docs } = await req.payload.find({ collection, where: { id: { equals: id } }, overrideAccess: false, user: staff, draft: true, depth: 0, limit: 1, pagination: false, req })
  if (!docs[0]) throw new ApiError('not-found', 'No such item, or not one you can read.')
  // The five collections' generated types share no index signature; read the common fields by name.
  const doc: Record<string, unknown> = { ...docs[0] }
  const regions = Array.isArray(doc.regions) ? doc.regions.map(idOf).filter((value): value is number => value !== null) : []
  return { id, title: textOf(doc[TITLE_FIELD[collection]]) ?? `#${id}`, regions, status: doc._status === 'published' ? 'published' : 'draft', review: reviewOf(doc.review) }
}

/** Writes the review fields onto a new draft version (the content stays as it is), or publishes with them. */
async function writeReview(req: PayloadRequest, staff: User, collection: ReviewCollection, id: number, review: ReviewFields, publish: boolean) {
  await req.payload.update({
    collection,
    id,
    data: publish ? { review, _status: 'published' } : { review },
    draft: !publish,
    // A review publishes the item in every language, as a scheduled publish does (a Spanish text not
    // marked Ready still reads as English on the site).
    ...(publish ? { publishAllLocales: true } : {}),
    overrideAccess: false,
    user: staff,
    depth: 0,
    context: { [REVIEW_WRITE]: true },
    req,
  })
}

/** Queues the approved item's publish for `at`, run as the approver (so it passes review when it runs). */
async function schedulePublish(req: PayloadRequest, staff: User, collection: ReviewCollection, id: number, at: Date) {
  await req.payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: collection, value: id }, user: { relationTo: 'users', value: staff.id } },
    waitUntil: at,
    req,
  })
}

/**
 * One step of review before publish, for a staff member, as POST /api/<collection>/:id/review takes it:
 * 404 when they cannot read the item, 403 when their role may not take this step, 409 when the item is
 * not in a state the step starts from. Every write happens in one transaction; the author's e-mail
 * (request changes) goes once it has committed.
 */
export async function applyReviewAction(req: PayloadRequest, staff: User, collection: ReviewCollection, id: number, request: ReviewRequest): Promise<ReviewOutcome> {
  const item = await readItem(req, staff, collection, id)
  const { action } = request
  if (isDecision(action) && !(DECIDERS as readonly string[]).includes(staff.role)) {
    throw new ApiError('forbidden', 'Only communications staff and admins approve, request changes or reject.')
  }
  if (!isDecision(action) && !canEditRegions(staff, item.regions)) {
    throw new ApiError('forbidden', 'You can only submit items you may edit (regional staff: items of your own regions).')
  }
  if (!canTransition(action, item.review.state)) throw new ApiError('conflict', transitionRefusal(action, item.review.state))

  const now = new Date()
  const to = TRANSITIONS[action].to
  const note = request.note || null
  let review: ReviewFields
  let publishesAt: string | null = null
  let status = item.status
  let mail: ChangesRequestedMail | null = null

  const shouldCommit = await initTransaction(req)
  try {
    if (action === 'submit') {
      review = { state: to, requestedAt: request.requestedAt ?? null, note: null, submittedBy: staff.id, submittedAt: now.toISOString(), decidedBy: null, decidedAt: null }
      await writeReview(req, staff, collection, id, review, false)
    } else {
      const requestedAt = action === 'approve' ? (request.requestedAt ?? item.review.requestedAt) : item.review.requestedAt
      review = { ...item.review, state: to, requestedAt, note, decidedBy: staff.id, decidedAt: now.toISOString() }
      if (action === 'approve') {
        // The approval decides when: earlier schedules of this item's publish give way to it.
        await cancelPendingPublish(req, collection, id)
        const at = requestedAt ? new Date(requestedAt) : null
        if (at && at.getTime() > now.getTime()) {
          await writeReview(req, staff, collection, id, review, false)
          await schedulePublish(req, staff, collection, id, at)
          publishesAt = at.toISOString()
        } else {
          await writeReview(req, staff, collection, id, review, true)
          status = 'published'
        }
      } else {
        await writeReview(req, staff, collection, id, review, false)
      }
      if (action === 'request_changes' && item.review.submittedBy) {
        const author = await req.payload.findByID({ collection: 'users', id: item.review.submittedBy, depth: 0, overrideAccess: true, req, disableErrors: true })
        if (author) mail = { to: author, reviewer: staff, item: { collection, id, title: item.title }, note: note ?? '' }
      }
    }
    if (shouldCommit) await commitTransaction(req)
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
  if (mail) await notifyChangesRequested(req.payload, mail)
  return { id, collection, review, status, publishesAt }
}
