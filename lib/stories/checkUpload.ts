import { fileTypeFromBuffer } from 'file-type'

import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

const MB = 1024 * 1024

/** What a story may carry, decided from the file's bytes; the name and the browser's claimed type are ignored. */
export const STORY_MEDIA: Record<string, { ext: string; maxBytes: number }> = {
  'image/jpeg': { ext: 'jpg', maxBytes: 10 * MB },
  'image/png': { ext: 'png', maxBytes: 10 * MB },
  'image/webp': { ext: 'webp', maxBytes: 10 * MB },
  'video/mp4': { ext: 'mp4', maxBytes: 50 * MB },
  'video/webm': { ext: 'webm', maxBytes: 50 * MB },
  'video/quicktime': { ext: 'mov', maxBytes: 50 * MB },
}
export const STORY_MAX_UPLOAD_BYTES = 50 * MB

export type CheckedUpload = { ok: true; mimetype: string; ext: string } | { ok: false; tooLarge: boolean; message: string }

/**
 * Text formats (SVG, HTML) have no magic bytes and are refused, so nothing scriptable is ever stored;
 * an executable renamed .jpg is detected as what it is and refused too.
 */
export async function checkStoryUpload(data: Uint8Array, lang: Lang = 'en'): Promise<CheckedUpload> {
  const t = messages(lang)
  const detected = await fileTypeFromBuffer(data)
  const allowed = detected ? STORY_MEDIA[detected.mime] : undefined
  if (!detected || !allowed) return { ok: false, tooLarge: false, message: t.stories.errorFileType }
  if (data.byteLength > allowed.maxBytes) {
    return { ok: false, tooLarge: true, message: detected.mime.startsWith('image/') ? t.stories.errorPhotoTooLarge : t.stories.errorVideoTooLarge }
  }
  return { ok: true, mimetype: detected.mime, ext: allowed.ext }
}
