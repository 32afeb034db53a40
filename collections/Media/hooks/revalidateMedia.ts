import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { tags } from '@/lib/cacheTags'
import { requestRevalidation } from '@/lib/revalidate/requestRevalidation'
import type { Media } from '@/payload-types'

// What pages show of a file (lib/content/media.ts reads these) and who may see it.
const SHOWN: Array<keyof Media> = ['alt', 'caption', 'credit', 'filename', 'mimeType', 'filesize', 'width', 'height', 'sizes', 'focalX', 'focalY', 'visibility']

/** Pages refresh when a file changes as they show it; the content hooks' `usedBy` bookkeeping alone changes nothing there. */
export const revalidateMediaChange: CollectionAfterChangeHook<Media> = ({ doc, previousDoc, context, operation }) => {
  const shownChanged = operation === 'create' || SHOWN.some((key) => JSON.stringify(doc[key] ?? null) !== JSON.stringify(previousDoc?.[key] ?? null))
  if (!context.disableRevalidate && shownChanged) requestRevalidation([tags.media])
  return doc
}

export const revalidateMediaDelete: CollectionAfterDeleteHook<Media> = ({ doc, context }) => {
  if (!context.disableRevalidate) requestRevalidation([tags.media])
  return doc
}
