import type { PayloadRequest, TypeWithID } from 'payload'

import { uploadFilePath } from '@/lib/media/uploadPath'
import { type StoredLocation, uploadExists } from '@/lib/storage/uploadFiles'

import { ApiError, errorResponse } from './errors'

type FileArgs = { doc?: TypeWithID; params: { collection: string; filename: string } }

/**
 * An upload collection's last own file handler: a file URL whose file is not stored (on disk or in
 * the bucket) is a 404, the same answer either way. Payload itself answers it with a 500 ("Something
 * went wrong") from disk, and the S3 plugin with an empty 404.
 */
export async function answerMissingFile(req: PayloadRequest, { doc, params }: FileArgs): Promise<Response | void> {
  // Outside the folder: Payload refuses it (400) after this.
  if (!uploadFilePath(req, params.collection, params.filename)) return
  // `doc` (visitors only) carries the object's folder; otherwise the collection's own folder applies.
  const exists = await uploadExists(req, params.collection, params.filename, doc as StoredLocation | undefined)
  if (!exists) return errorResponse(new ApiError('not-found', 'There is no such file.'))
}

