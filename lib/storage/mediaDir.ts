import path from 'node:path'

import type { Env } from '@/lib/env'

/**
 * The upload folder on disk (media files at its top, story files in stories/): MEDIA_DIR, else media/
 * in the working directory, so dev, `next start`, the Docker image and the backup scripts agree.
 * (turbopackIgnore: a folder chosen at run time; without the hint Turbopack traces the whole project
 * into the server output, as lib/media/uploadPath notes.)
 */
export function mediaDir(env: Pick<Env, 'MEDIA_DIR'>): string {
  return path.resolve(/*turbopackIgnore: true*/ env.MEDIA_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), 'media'))
}
