import fs from 'node:fs/promises'

import type { PayloadRequest } from 'payload'

import { uploadFilePath } from '@/lib/media/uploadPath'

import { ApiError, errorResponse } from './errors'

type FileArgs = { params: { collection: string; filename: string } }

/**
 * An upload collection's last file handler: a file URL whose file is not on disk is a 404. Payload
 * itself answers it with a 500 ("Something went wrong") to whoever passed the access check.
 */
export async function answerMissingFile(req: PayloadRequest, { params }: FileArgs): Promise<Response | void> {
  const filePath = uploadFilePath(req, params.collection, params.filename)
  // Outside the folder: Payload refuses it (400) after this.
  if (!filePath) return
  const exists = await fs.stat(filePath).then((stats) => stats.isFile(), () => false)
  if (!exists) return errorResponse(new ApiError('not-found', 'There is no such file.'))
}

