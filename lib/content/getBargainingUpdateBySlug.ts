import { tags } from '@/lib/cacheTags'

import { bargainingSessionSelect, toSession } from './bargaining'
import { cachedReader } from './cached'
import { mediaSelect, toDownloads } from './media'
import { payload, publicRead } from './payload'
import { linkedDocSelect, toRichText } from './richText'
import type { BargainingUpdateDetail } from './types'
import { publishedWhere } from './where'

export async function findBargainingUpdateBySlug(slug: string): Promise<BargainingUpdateDetail | null> {
  const { docs } = await (await payload()).find({
    collection: 'bargaining-updates',
    ...publicRead,
    where: publishedWhere({ slug: { equals: slug } }),
    select: { ...bargainingSessionSelect, body: true, attachments: true },
    limit: 1,
    depth: 1,
    pagination: false,
    populate: { media: mediaSelect, ...linkedDocSelect },
  })
  const doc = docs[0]
  if (!doc) return null
  return { ...toSession(doc), body: toRichText(doc.body), attachments: toDownloads(doc.attachments) }
}

export const getBargainingUpdateBySlug = cachedReader('bargaining-update', findBargainingUpdateBySlug, (slug) => [
  tags.bargainingUpdates,
  tags.bargainingUpdate(slug),
  tags.media,
])
