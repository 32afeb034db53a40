import { tags } from '@/lib/cacheTags'

import { toAudience } from './audience'
import { bargainingSessionSelect, toSession } from './bargaining'
import { cachedReader } from './cached'
import { mediaSelect, toDownloads } from './media'
import { payload, previewRead, publicRead, type ReadAs } from './payload'
import { previewable } from './preview'
import { linkedDocSelect, toRichText } from './richText'
import type { BargainingUpdateDetail } from './types'
import { forSignedInViewer } from './viewer'
import { visibleWhere } from './where'
import { isSlug } from './slugify'

export async function findBargainingUpdateBySlug(slug: string, read: ReadAs = publicRead): Promise<BargainingUpdateDetail | null> {
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
  return { ...toSession(doc), ...toAudience(doc, read), body: toRichText(doc.body), attachments: toDownloads(doc.attachments) }
}

export const getBargainingUpdateBySlug = cachedReader('bargaining-update', findBargainingUpdateBySlug, (slug) => [
  tags.bargainingUpdates,
  tags.bargainingUpdate(slug),
  tags.media,
])

/** /bargaining/[slug]: the published update, or its latest draft for staff previewing it. */
export const getBargainingUpdateOrDraft = previewable(getBargainingUpdateBySlug, (slug, staff) =>
  findBargainingUpdateBySlug(slug, previewRead(staff)),
)

/** /signed-in/bargaining/[slug]: the same update read as the signed-in viewer (members-only bodies included). */
export const getBargainingUpdateForViewer = forSignedInViewer(getBargainingUpdateOrDraft, findBargainingUpdateBySlug)
