
import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { hideOptimizedCopies } from '@/lib/media/optimizedImages'
import type { Media } from '@/payload-types'

/** A file that stops being public must not stay in the image optimiser's shared cache. */
export const hideWhenClosed: CollectionAfterChangeHook<Media> = async ({ doc, previousDoc, req }) => {
  if (previousDoc?.visibility === 'public' && doc.visibility !== 'public') await hideOptimizedCopies(req, [doc])
  return doc
}

/** Before Payload removes the files: their bytes name the optimiser's copies. */
export const hideBeforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (doc) await hideOptimizedCopies(req, [doc])
}
