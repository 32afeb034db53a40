import path from 'node:path'

import type { PayloadRequest } from 'payload'

// turbopackIgnore: these folders are configuration, read at run time; without the hint Turbopack
// traces the whole project into the server output.

/** The folder an upload collection keeps its files in, as Payload resolves it. */
export function uploadDir(req: PayloadRequest, collection: string): string {
  const upload = req.payload.collections[collection as 'media']?.config.upload
  return path.resolve(/*turbopackIgnore: true*/ (upload && upload.staticDir) || collection)
}

/** Where an upload collection keeps `filename` on disk; null when the name points outside its folder. */
export function uploadFilePath(req: PayloadRequest, collection: string, filename: string): string | null {
  const dir = uploadDir(req, collection)
  const filePath = path.resolve(/*turbopackIgnore: true*/ dir, filename)
  return filePath.startsWith(dir + path.sep) ? filePath : null
}
