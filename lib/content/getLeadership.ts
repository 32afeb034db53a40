import { tags } from '@/lib/cacheTags'

import { toAudience } from './audience'
import { cachedValue } from './cached'
import { mediaSelect, toPicture } from './media'
import { payload, publicRead, type ReadAs } from './payload'
import { splitLeaders, type LeadershipRoster } from './leadership'
import { getSignedInViewer, viewerRead } from './viewer'
import { publishedWhere } from './where'

export async function findLeadership(read: ReadAs = publicRead): Promise<LeadershipRoster> {
  const { docs } = await (await payload()).find({
    collection: 'leadership',
    ...read,
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
      audience: true,
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
      ...toAudience(doc, read),
    })),
  )
}

export const getLeadership = cachedValue('leadership', findLeadership, [tags.leadership, tags.media])

/** /signed-in/leadership: the cached roster, unless a leader's bio is members-only; then read as the viewer, uncached. */
export async function getLeadershipForViewer(): Promise<LeadershipRoster> {
  const shared = await getLeadership()
  if (![...shared.current, ...shared.past].some((leader) => leader.locked)) return shared
  const viewer = await getSignedInViewer()
  return viewer ? findLeadership(viewerRead(viewer)) : shared
}
