
import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import { hideOptimizedCopies, mediaFilePaths } from '@/lib/media/optimizedImages'
import { uploadDir } from '@/lib/media/uploadPath'
import type { Media } from '@/payload-types'

function filesOf(req: PayloadRequest, doc: Media): string[] {
  return mediaFilePaths(uploadDir(req, 'media'), doc)
}

/** A file that stops being public must not stay in the image optimiser's shared cache. */
export const hideWhenClosed: CollectionAfterChangeHook<Media> = async ({ doc, previousDoc, req }) => {
  if (previousDoc?.visibility === 'public' && doc.visibility !== 'public') await hideOptimizedCopies(req, filesOf(req, doc))
  return doc
}

/** Before Payload removes the files: their bytes name the optimiser's copies. */
export const hideBeforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (doc) await hideOptimizedCopies(req, filesOf(req, doc))
}
