import { tags } from '@/lib/cacheTags'

import { toAudience } from './audience'
import { cachedReader } from './cached'
import { mediaSelect } from './media'
import { toPageBlocks } from './pageBlocks'
import { payload, previewRead, publicRead, type ReadAs } from './payload'
import { previewable } from './preview'
import { linkedDocSelect } from './richText'
import type { PageContent } from './types'
import { forSignedInViewer } from './viewer'
import { visibleWhere } from './where'
import { isSlug } from './slugify'

export async function findPageBySlug(slug: string, read: ReadAs = publicRead): Promise<PageContent | null> {
  if (!isSlug(slug)) return null
  const { docs } = await (await payload()).find({
    collection: 'pages',
    ...read,
    where: visibleWhere(read, { slug: { equals: slug } }),
    select: { title: true, slug: true, summary: true, layout: true, audience: true },
    limit: 1,
    depth: 1,
    pagination: false,
    populate: { media: mediaSelect, ...linkedDocSelect },
  })
  const doc = docs[0]
  if (!doc) return null
  return { slug: doc.slug ?? slug, title: doc.title, summary: doc.summary ?? null, blocks: toPageBlocks(doc.layout), ...toAudience(doc, read) }
}

export const getPageBySlug = cachedReader('page', findPageBySlug, (slug) => [tags.pages, tags.page(slug), tags.media])

/** Pages such as /about: the published page, or its latest draft for staff previewing it. */
export const getPageOrDraft = previewable(getPageBySlug, (slug, staff) => findPageBySlug(slug, previewRead(staff)))

/** /signed-in/about: the same page read as the signed-in viewer (members-only blocks included). */
export const getPageForViewer = forSignedInViewer(getPageOrDraft, findPageBySlug)
