import { tags } from '@/lib/cacheTags'

import { cachedValue } from './cached'
import { mediaSelect, toPicture } from './media'
import { payload, publicRead } from './payload'
import { splitLeaders, type LeadershipRoster } from './leadership'
import { publishedWhere } from './where'

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

export const getLeadership = cachedValue('leadership', findLeadership, [tags.leadership, tags.media])
