import path from 'node:path'

import type { Env } from '@/lib/env'

/**
 * The upload folder on disk (media files at its top, story files in stories/): MEDIA_DIR, else media/
 * in the working directory, so dev, `next start`, the Docker image and the backup scripts agree.
 */
export function mediaDir(env: Pick<Env, 'MEDIA_DIR'>): string {
  return path.resolve(env.MEDIA_DIR ?? path.join(process.cwd(), 'media'))
}
