import type { Media } from '@/payload-types'

import { isExternal, safeHref } from './links'
import type { Download, ImageVariant, Picture } from './types'

/** The media fields readers populate; keep it in step with what toPicture and toDownload read. */
export const mediaSelect = {
  alt: true,
  caption: true,
  credit: true,
  url: true,
  filename: true,
  mimeType: true,
  filesize: true,
  width: true,
  height: true,
  sizes: true,
  visibility: true,
} as const

type MediaRef = number | Media | null | undefined

/**
 * Payload stores absolute URLs built from SERVER_URL; the site uses the path alone so next/image
 * treats files as local and the links survive a change of host.
 */
export function mediaPath(url: string | null | undefined): string | null {
  if (!url) return null
  if (url.startsWith('/')) return url
  try {
    const parsed = new URL(url)
    return parsed.pathname + parsed.search
  } catch {
    return null
  }
}

function variant(url: string | null | undefined, width: number | null | undefined, height: number | null | undefined): ImageVariant | null {
  const src = mediaPath(url)
  return src && width && height ? { src, width, height } : null
}

export function toPicture(ref: MediaRef): Picture | null {
  if (!ref || typeof ref !== 'object' || !ref.mimeType?.startsWith('image/')) return null
  const original = variant(ref.url, ref.width, ref.height)
  if (!original) return null
  const sizes = ref.sizes
  return {
    alt: ref.alt ?? '',
    caption: ref.caption ?? null,
    credit: ref.credit ?? null,
    thumbnail: variant(sizes?.thumbnail?.url, sizes?.thumbnail?.width, sizes?.thumbnail?.height),
    card: variant(sizes?.card?.url, sizes?.card?.width, sizes?.card?.height),
    hero: variant(sizes?.hero?.url, sizes?.hero?.width, sizes?.hero?.height),
    original,
    membersOnly: ref.visibility === 'members',
  }
}

/** "application/pdf" → "PDF", "image/png" → "PNG". */
export function fileFormat(mimeType: string | null | undefined): string | null {
  const subtype = mimeType?.split('/')[1]?.split(/[+;]/)[0]
  if (!subtype) return null
  return subtype === 'jpeg' ? 'JPG' : subtype.toUpperCase()
}

export function mediaDownload(ref: MediaRef, label?: string | null): Download | null {
  if (!ref || typeof ref !== 'object') return null
  const href = mediaPath(ref.url)
  if (!href) return null
  return {
    label: label?.trim() || ref.alt || ref.filename || 'Download',
    href,
    external: false,
    format: fileFormat(ref.mimeType),
    bytes: ref.filesize ?? null,
  }
}

type AttachmentRow = { label: string; kind?: 'file' | 'link' | null; file?: MediaRef; url?: string | null }

export function toDownloads(rows: AttachmentRow[] | null | undefined): Download[] {
  return (rows ?? []).flatMap((row): Download[] => {
    if (row.kind === 'link') {
      const href = safeHref(row.url)
      return href ? [{ label: row.label, href, external: isExternal(href), format: null, bytes: null }] : []
    }
    const download = mediaDownload(row.file, row.label)
    return download ? [download] : []
  })
}
