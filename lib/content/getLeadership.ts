import { tags } from '@/lib/cacheTags'

import { cachedReader } from './cached'
import { mediaSelect, toPicture } from './media'
import { payload, publicRead } from './payload'
import type { Leader } from './types'
import { publishedWhere } from './where'

export type LeadershipRoster = { current: Leader[]; past: Leader[] }

/** Current and interim leaders in editor order; past leaders by most recent term first. */
export function splitLeaders(leaders: Leader[]): LeadershipRoster {
  const endTime = (leader: Leader) => Date.parse(leader.termEnd ?? leader.termStart ?? '') || 0
  return {
    current: leaders.filter((leader) => leader.status !== 'former'),
    past: leaders.filter((leader) => leader.status === 'former').sort((a, b) => endTime(b) - endTime(a)),
  }
}

export async function findLeadership(): Promise<LeadershipRoster> {
  const { docs } = await (await payload()).find({
    collection: 'leadership',
    ...publicRead,
    where: publishedWhere(),
    select: {
      name: true,
      slug: true,
      title: true,
      status: true,
      organisation: true,
      photo: true,
      bio: true,
      quote: true,
      termStart: true,
      termEnd: true,
    },
    sort: ['order', 'name'],
    limit: 200,
    depth: 1,
    pagination: false,
    populate: { media: mediaSelect },
  })
  return splitLeaders(
    docs.map((doc) => ({
      slug: doc.slug ?? String(doc.id),
      name: doc.name,
      title: doc.title,
      status: doc.status,
      organisation: doc.organisation ?? null,
      photo: toPicture(doc.photo),
      bio: doc.bio ?? null,
      quote: doc.quote ?? null,
      termStart: doc.termStart ?? null,
      termEnd: doc.termEnd ?? null,
    })),
  )
}

const read = cachedReader('leadership', findLeadership, () => [tags.leadership, tags.media])

export const getLeadership = () => read(null)
