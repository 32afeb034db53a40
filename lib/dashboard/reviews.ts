import type { Payload } from 'payload'

import { regionsById } from '@/lib/editorial/calendar'
import { calendarCollections } from '@/lib/editorial/calendarCollections'
import { getReviewQueue, TITLE_FIELD, type QueueEntry } from '@/lib/review/getReviewQueue'
import { REVIEW_STATE_LABELS, asReviewState } from '@/lib/review/states'
import { regionIds } from '@/lib/regions/regionKey'
import { REVIEW_COLLECTIONS } from '@/lib/schemas/review'
import type { User } from '@/payload-types'

import { fieldText } from './fields'
import type { DashboardItem, ItemList, RegionCount } from './types'

/** Items with no region count under this name. */
const COALITION_WIDE = 'Coalition-wide'

const link = (payload: Payload, collection: string, id: number) => `${payload.config.routes.admin}/collections/${collection}/${id}`

/** A collection's plural label from the config ("Bargaining updates"). */
const labelOf = (payload: Payload, slug: string) => calendarCollections(payload).find((collection) => collection.slug === slug)?.label ?? slug

function queueItem(payload: Payload, entry: QueueEntry): DashboardItem {
  return {
    key: `${entry.collection}-${entry.id}`,
    title: entry.title,
    collectionLabel: labelOf(payload, entry.collection),
    link: link(payload, entry.collection, entry.id),
    regions: entry.regions,
    when: entry.submittedAt,
    detail: entry.author ? `Submitted by ${entry.author}` : null,
  }
}

/** Items this staff member submitted that came back: changes requested or rejected, with the note. */
async function sentBack(payload: Payload, user: User): Promise<DashboardItem[]> {
  const regions = await regionsById(payload)
  const lists = await Promise.all(
    REVIEW_COLLECTIONS.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        where: { and: [{ 'review.state': { in: ['changes_requested', 'rejected'] } }, { 'review.submittedBy': { equals: user.id } }] },
        select: { [TITLE_FIELD[collection]]: true, regions: true, review: true },
        draft: true,
        sort: '-review.decidedAt',
        limit: 20,
        depth: 0,
        overrideAccess: false,
        user,
      })
      return docs.map((raw): DashboardItem => {
        const doc: Record<string, unknown> = { ...raw }
        const review: Record<string, unknown> = { ...raw.review }
        const state = asReviewState(review.state)
        const note = fieldText(review.note)
        return {
          key: `${collection}-${raw.id}`,
          title: fieldText(doc[TITLE_FIELD[collection]]) ?? `#${raw.id}`,
          collectionLabel: labelOf(payload, collection),
          link: link(payload, collection, raw.id),
          regions: regionIds(Array.isArray(doc.regions) ? doc.regions : []).flatMap((id) => regions.get(id)?.name ?? []),
          when: fieldText(review.decidedAt),
          detail: note ? `${REVIEW_STATE_LABELS[state]}: “${note}”` : REVIEW_STATE_LABELS[state],
          alert: state === 'rejected' || undefined,
        }
      })
    }),
  )
  return lists.flat().sort((a, b) => (b.when ?? '').localeCompare(a.when ?? ''))
}

/** A regional editor's reviews: their regions' items waiting for a decision, and what came back to them. */
export async function myReviews(payload: Payload, user: User, limit = 8): Promise<{ waiting: ItemList; sentBack: ItemList }> {
  const [queue, back] = await Promise.all([getReviewQueue(payload, user), sentBack(payload, user)])
  return {
    waiting: { total: queue.length, items: queue.slice(0, limit).map((entry) => queueItem(payload, entry)) },
    sentBack: { total: back.length, items: back.slice(0, limit) },
  }
}

/**
 * The review queue at a glance for the people who decide: how many items wait, per region (an item
 * for two regions counts in both), and the oldest few. Read as the viewer.
 */
export async function reviewQueueSummary(payload: Payload, user: User, limit = 5): Promise<{ queue: ItemList; byRegion: RegionCount[] }> {
  const queue = await getReviewQueue(payload, user)
  const counts = new Map<string, number>()
  for (const entry of queue) {
    for (const region of entry.regions.length > 0 ? entry.regions : [COALITION_WIDE]) counts.set(region, (counts.get(region) ?? 0) + 1)
  }
  return {
    queue: { total: queue.length, items: queue.slice(0, limit).map((entry) => queueItem(payload, entry)) },
    byRegion: [...counts].map(([region, count]) => ({ region, count })).sort((a, b) => b.count - a.count || a.region.localeCompare(b.region)),
  }
}
