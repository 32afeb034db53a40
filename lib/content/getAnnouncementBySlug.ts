import { tags } from '@/lib/cacheTags'

import { toAudience } from './audience'
import { cachedReader } from './cached'
import { topicLabel } from './labels'
import { safeHref } from './links'
import { mediaSelect, toDownloads, toPicture } from './media'
import { payload, previewRead, publicRead, type ReadAs } from './payload'
import { previewable } from './preview'
import { toPayouts } from './payouts'
import { localSelect, regionSelect, toLocalTags, toRegionTags } from './relations'
import { linkedDocSelect, toRichText } from './richText'
import type { Article } from './types'
import { forSignedInViewer } from './viewer'
import { visibleWhere } from './where'
import { isSlug } from './slugify'

export async function findAnnouncementBySlug(slug: string, read: ReadAs = publicRead): Promise<Article | null> {
  if (!isSlug(slug)) return null
  const { docs } = await (await payload()).find({
    collection: 'announcements',
    ...read,
    where: visibleWhere(read, { slug: { equals: slug } }),
    select: {
      title: true,
      slug: true,
      summary: true,
      publishedAt: true,
      updatedAt: true,
      heroImage: true,
      body: true,
      payouts: true,
      attachments: true,
      sourceName: true,
      sourceUrl: true,
      topics: true,
      regions: true,
      locals: true,
      audience: true,
    },
    limit: 1,
    depth: 1,
    pagination: false,
    populate: { media: mediaSelect, regions: regionSelect, locals: localSelect, ...linkedDocSelect },
  })
  const doc = docs[0]
  if (!doc) return null
  return {
    slug: doc.slug ?? slug,
    title: doc.title,
    summary: doc.summary ?? null,
    publishedAt: doc.publishedAt ?? null,
    updatedAt: doc.updatedAt ?? null,
    image: toPicture(doc.heroImage),
    body: toRichText(doc.body),
    payouts: toPayouts(doc.payouts),
    attachments: toDownloads(doc.attachments),
    source: doc.sourceName ? { name: doc.sourceName, href: safeHref(doc.sourceUrl) } : null,
    topics: (doc.topics ?? []).map((value) => ({ value, label: topicLabel(value) })),
    regions: toRegionTags(doc.regions),
    locals: toLocalTags(doc.locals),
    ...toAudience(doc, read),
  }
}

export const getAnnouncementBySlug = cachedReader('announcement', findAnnouncementBySlug, (slug) => [
  tags.announcements,
  tags.announcement(slug),
  tags.media,
  tags.regions,
  tags.locals,
])

/** /news/[slug]: the published article, or its latest draft for staff previewing it. */
export const getAnnouncementOrDraft = previewable(getAnnouncementBySlug, (slug, staff) => findAnnouncementBySlug(slug, previewRead(staff)))

/** /signed-in/news/[slug]: the same article read as the signed-in viewer (members-only bodies included). */
export const getAnnouncementForViewer = forSignedInViewer(getAnnouncementOrDraft, findAnnouncementBySlug)
