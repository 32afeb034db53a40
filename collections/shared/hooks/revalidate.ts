import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { type ContentCollectionSlug, tagsForChange } from '@/lib/cacheTags'
import { requestRevalidation } from '@/lib/revalidate/requestRevalidation'

type Slugged = { slug?: string | null }

/** Content: the lists (home, region pages, feeds, sitemap, search) and the document's own pages. */
export const revalidateContentChange: CollectionAfterChangeHook = ({ collection, doc, previousDoc, context }) => {
  // Draft saves and autosaves change nothing the public can see.
  if (!context.disableRevalidate && (doc._status === 'published' || previousDoc?._status === 'published')) {
    requestRevalidation(tagsForChange(collection.slug as ContentCollectionSlug, doc as Slugged, previousDoc as Slugged))
  }
  return doc
}

export const revalidateContentDelete: CollectionAfterDeleteHook = ({ collection, doc, context }) => {
  if (!context.disableRevalidate) requestRevalidation(tagsForChange(collection.slug as ContentCollectionSlug, doc as Slugged))
  return doc
}

/** Reference data (regions, locals, media) used across pages: one tag each; for change and delete. */
export const revalidateTagOnChange =
  (...tags: string[]) =>
  <T>({ doc, context }: { doc: T; context: { disableRevalidate?: unknown } }): T => {
    if (!context.disableRevalidate) requestRevalidation(tags)
    return doc
  }

export const revalidateGlobal =
  (...tags: string[]): GlobalAfterChangeHook =>
  ({ doc, context }) => {
    if (!context.disableRevalidate) requestRevalidation(tags)
    return doc
  }
