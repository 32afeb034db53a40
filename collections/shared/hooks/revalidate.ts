import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, TypeWithID } from 'payload'

import { type ContentCollectionSlug, tagsForChange } from '@/lib/cacheTags'
import { requestRevalidation } from '@/lib/revalidate/requestRevalidation'

/** What these hooks read of any content document. */
type ContentDoc = TypeWithID & { slug?: string | null; _status?: string | null }

/** Content: the lists (home, region pages, feeds, sitemap, search) and the document's own pages. */
export const revalidateContentChange: CollectionAfterChangeHook<ContentDoc> = ({ collection, doc, previousDoc, context }) => {
  // Draft saves and autosaves change nothing the public can see.
  if (!context.disableRevalidate && (doc._status === 'published' || previousDoc?._status === 'published')) {
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
