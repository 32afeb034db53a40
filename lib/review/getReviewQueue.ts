import type { Payload } from 'payload'

import { staffNames } from '@/lib/editorial/staffNames'
import { REVIEW_COLLECTIONS, type ReviewCollection } from '@/lib/schemas/review'
import type { User } from '@/payload-types'

export type QueueEntry = {
  collection: ReviewCollection
  id: number
  title: string
  regions: string[]
  author: string | null
  requestedAt: string | null
  submittedAt: string | null
}

/** The field each reviewed collection is titled by. */
export const TITLE_FIELD: Record<ReviewCollection, 'title' | 'name'> = { announcements: 'title', 'bargaining-updates': 'title', campaigns: 'title', leadership: 'name', pages: 'title' }

const waiting = { 'review.state': { equals: 'submitted' } } as const

const textOf = (value: unknown): string | null => (typeof value === 'string' && value ? value : null)

/** A populated relation's text field (a region's name, a user's name), or null. */
const nameOf = (value: unknown, key: string): string | null => (value && typeof value === 'object' ? textOf({ ...value }[key]) : null)

/**
 * Items waiting for review across the content collections, oldest submission first, as this staff
 * member may read them (regional staff: their regions' only). Read from each item's latest draft.
 */
export async function getReviewQueue(payload: Payload, user: User): Promise<QueueEntry[]> {
  const lists = await Promise.all(
    REVIEW_COLLECTIONS.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        where: waiting,
        draft: true,
        depth: 1,
        limit: 100,
        sort: 'review.submittedAt',
        overrideAccess: false,
        user,
        populate: { regions: { name: true } },
      })
      return docs.map((raw): QueueEntry => {
        const doc: Record<string, unknown> = { ...raw }
        const review: Record<string, unknown> = { ...raw.review }
        const submitter = review.submittedBy
        return {
          collection,
          id: raw.id,
          title: textOf(doc[TITLE_FIELD[collection]]) ?? `#${raw.id}`,
          regions: (Array.isArray(doc.regions) ? doc.regions : []).map((region: unknown) => nameOf(region, 'name') ?? '').filter(Boolean),
          author: typeof submitter === 'number' ? String(submitter) : (nameOf(submitter, 'name') ?? nameOf(submitter, 'email')),
          requestedAt: typeof review.requestedAt === 'string' ? review.requestedAt : null,
          submittedAt: typeof review.submittedAt === 'string' ? review.submittedAt : null,
        }
      })
    }),
  )
  const entries = lists.flat().sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''))
  return withAuthorNames(payload, entries)
}

/** Authors by name: the relation comes back as an id, since staff may read only their own account. */
async function withAuthorNames(payload: Payload, entries: QueueEntry[]): Promise<QueueEntry[]> {
  const names = await staffNames(payload, entries.map((entry) => Number(entry.author)).filter(Number.isInteger))
  return entries.map((entry) => ({ ...entry, author: entry.author ? (names.get(Number(entry.author)) ?? entry.author) : null }))
}

/** How many items wait for review, as this staff member may read them (the nav link's count). */
export async function countReviewQueue(payload: Payload, user: User): Promise<number> {
  const counts = await Promise.all(
    REVIEW_COLLECTIONS.map(async (collection) => {
      const { totalDocs } = await payload.find({ collection, where: waiting, draft: true, depth: 0, limit: 1, select: { regions: true }, overrideAccess: false, user })
      return totalDocs
    }),
  )
  return counts.reduce((sum, count) => sum + count, 0)
}
