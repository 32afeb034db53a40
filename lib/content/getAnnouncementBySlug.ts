import { tags } from '@/lib/cacheTags'

import { toAudience } from './audience'
import { detailReader } from './cached'
import { topicLabel } from './labels'
import { safeHref } from './links'
import { mediaSelect, toDownloads, toPicture } from './media'
import { payload, type ReadAs } from './payload'
import { toPayouts } from './payouts'
import { localSelect, regionSelect, toLocalTags, toRegionTags } from './relations'
import { linkedDocSelect, toRichText } from './richText'
import type { Article } from './types'
import { shownInEnglishOnly } from './translation'
import { visibleWhere } from './where'
import { isSlug } from './slugify'

async function findAnnouncement(slug: string, read: ReadAs): Promise<Article | null> {
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
      spanishStatus: true,
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
    payouts: toPayouts(doc.payouts, read.locale),
    attachments: toDownloads(doc.attachments),
    source: doc.sourceName ? { name: doc.sourceName, href: safeHref(doc.sourceUrl) } : null,
    topics: (doc.topics ?? []).map((value) => ({ value, label: topicLabel(value, read.locale) })),
    regions: toRegionTags(doc.regions),
    locals: toLocalTags(doc.locals),
    englishOnly: shownInEnglishOnly(doc, read.locale),
    ...toAudience(doc, read),
  }
}

/** /news/[slug] and its members-only piece (see detailReader). */
export const getAnnouncementBySlug = detailReader('announcement', findAnnouncement, (slug) => [
  tags.announcements,
  tags.announcement(slug),
  tags.media,
  tags.regions,
  tags.locals,
])
