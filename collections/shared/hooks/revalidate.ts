import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, TypeWithID } from 'payload'

import { type ContentCollectionSlug, tagsForChange } from '@/lib/cacheTags'
import { requestRevalidation } from '@/lib/revalidate/requestRevalidation'

/** What these hooks read of any content document. */
type ContentDoc = TypeWithID & { slug?: string | null; _status?: string | null }

export const publishedBefore = (collection: string, id: unknown) => `publishedBefore:${collection}:${String(id)}`

/**
 * Whether the item was live before this save. `originalDoc` is the latest version, and since a
 * publish of one language (publishOneLanguage.ts) leaves a draft snapshot as the latest version, a
 * live item can look like a draft there: the published row itself says.
 */
export const rememberPublishedState: CollectionBeforeChangeHook<ContentDoc> = async ({ collection, data, originalDoc, operation, req, context }) => {
  if (operation !== 'update' || !originalDoc || originalDoc._status === 'published' || data._status === 'published') return data
  const live = await req.payload.db.findOne<ContentDoc>({ collection: collection.slug, where: { id: { equals: originalDoc.id } }, req })
  context[publishedBefore(collection.slug, originalDoc.id)] = live?._status === 'published'
  return data
}

/** Content: the lists (home, region pages, feeds, sitemap, search) and the document's own pages. */
export const revalidateContentChange: CollectionAfterChangeHook<ContentDoc> = ({ collection, doc, previousDoc, context }) => {
  const wasLive = previousDoc?._status === 'published' || context[publishedBefore(collection.slug, doc.id)] === true
  // Draft saves of an item never published change nothing the public can see.
  if (!context.disableRevalidate && (doc._status === 'published' || wasLive)) {
    requestRevalidation(tagsForChange(collection.slug as ContentCollectionSlug, doc, previousDoc))
  }
  return doc
}

export const revalidateContentDelete: CollectionAfterDeleteHook<ContentDoc> = ({ collection, doc, context }) => {
  if (!context.disableRevalidate) requestRevalidation(tagsForChange(collection.slug as ContentCollectionSlug, doc))
  return doc
}

/** Reference data (regions, locals, media) and globals used across pages: one tag each; for change and delete. */
export const revalidateTagOnChange =
  (...tags: string[]) =>
  <T>({ doc, context }: { doc: T; context: { disableRevalidate?: unknown } }): T => {
    if (!context.disableRevalidate) requestRevalidation(tags)
    return doc
  }
