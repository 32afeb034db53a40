import { tags } from '@/lib/cacheTags'

import { toAudience } from './audience'
import { detailReader } from './cached'
import { mediaSelect } from './media'
import { toPageBlocks } from './pageBlocks'
import { payload, type ReadAs } from './payload'
import { linkedDocSelect } from './richText'
import { shownInEnglishOnly } from './translation'
import type { PageContent } from './types'
import { visibleWhere } from './where'
import { isSlug } from './slugify'

async function findPage(slug: string, read: ReadAs): Promise<PageContent | null> {
  if (!isSlug(slug)) return null
  const { docs } = await (await payload()).find({
    collection: 'pages',
    ...read,
    where: visibleWhere(read, { slug: { equals: slug } }),
    select: { title: true, slug: true, summary: true, layout: true, audience: true, spanishStatus: true },
    limit: 1,
    depth: 1,
    pagination: false,
    populate: { media: mediaSelect, ...linkedDocSelect },
  })
  const doc = docs[0]
  if (!doc) return null
  return {
    slug: doc.slug ?? slug,
    title: doc.title,
    summary: doc.summary ?? null,
    blocks: toPageBlocks(doc.layout),
    englishOnly: shownInEnglishOnly(doc, read.locale),
    ...toAudience(doc, read),
  }
}

/** Pages such as /about, and their members-only piece (see detailReader). */
export const getPageBySlug = detailReader('page', findPage, (slug) => [tags.pages, tags.page(slug), tags.media])
