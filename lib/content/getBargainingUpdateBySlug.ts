import { tags } from '@/lib/cacheTags'

import { toAudience } from './audience'
import { bargainingSessionSelect, toSession } from './bargaining'
import { detailReader } from './cached'
import { mediaSelect, toDownloads } from './media'
import { payload, type ReadAs } from './payload'
import { linkedDocSelect, toRichText } from './richText'
import type { BargainingUpdateDetail } from './types'
import { visibleWhere } from './where'
import { isSlug } from './slugify'

async function findBargainingUpdate(slug: string, read: ReadAs): Promise<BargainingUpdateDetail | null> {
  if (!isSlug(slug)) return null
  const { docs } = await (await payload()).find({
    collection: 'bargaining-updates',
    ...read,
    where: visibleWhere(read, { slug: { equals: slug } }),
    select: { ...bargainingSessionSelect, body: true, attachments: true },
    limit: 1,
    depth: 1,
    pagination: false,
    populate: { media: mediaSelect, ...linkedDocSelect },
  })
  const doc = docs[0]
  if (!doc) return null
  return { ...toSession(doc, read.locale), ...toAudience(doc, read), body: toRichText(doc.body), attachments: toDownloads(doc.attachments) }
}

/** /bargaining/[slug] and its members-only piece (see detailReader). */
export const getBargainingUpdateBySlug = detailReader('bargaining-update', findBargainingUpdate, (slug) => [
  tags.bargainingUpdates,
  tags.bargainingUpdate(slug),
  tags.media,
])
