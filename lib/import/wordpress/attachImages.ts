import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload, PayloadRequest } from 'payload'

import type { WxrItem } from './types'

/** An image a post uses: where its file should be, and the alt text WordPress has for it. */
export type ImageRef = { key: string; src: string; relativePath: string; alt: string | null; attachmentId: string | null }

export type Attachments = { byId: Map<string, WxrItem>; byUrl: Map<string, WxrItem> }

export function indexAttachments(items: WxrItem[]): Attachments {
  const attachments = items.filter((item) => item.type === 'attachment')
  return {
    byId: new Map(attachments.map((item) => [item.postId, item])),
    byUrl: new Map(attachments.flatMap((item) => (item.attachmentUrl ? [[item.attachmentUrl, item] as const] : []))),
  }
}

/** `https://old.example.org/wp-content/uploads/2023/07/a.png` → `2023/07/a.png` (the uploads folder's layout). */
export function uploadsPath(src: string): string | null {
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(src, 'http://wordpress.invalid').pathname)
  } catch {
    return null
  }
  const marker = '/wp-content/uploads/'
  const at = pathname.indexOf(marker)
  const relative = at === -1 ? pathname.replace(/^\/+/, '') : pathname.slice(at + marker.length)
  // Never outside the uploads folder.
  const normalized = path.posix.normalize(relative)
  return normalized && !normalized.startsWith('..') && !path.posix.isAbsolute(normalized) ? normalized : null
}

/** The featured image (`_thumbnail_id`) of an item, if WordPress names one. */
export function featuredImage(item: WxrItem, attachments: Attachments, siteUrl: string): ImageRef | null {
  const id = item.meta._thumbnail_id
  const attachment = id ? attachments.byId.get(id) : undefined
  if (!attachment?.attachmentUrl) return null
  return imageRef(attachment.attachmentUrl, null, attachments, siteUrl)
}

/** An image by its URL: the attachment it belongs to (for its alt text) and its key in the portal. */
export function imageRef(src: string, altInBody: string | null, attachments: Attachments, siteUrl: string): ImageRef | null {
  const relativePath = uploadsPath(src)
  if (!relativePath) return null
  // WordPress puts resized copies (photo-300x200.png) in bodies; they belong to the original's attachment.
  const original = src.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, '$1')
  const attachment = attachments.byUrl.get(src) ?? attachments.byUrl.get(original)
  const alt = attachment?.meta._wp_attachment_image_alt?.trim() || altInBody?.trim() || null
  const key = attachment ? `${siteUrl}#${attachment.postId}` : `${siteUrl}#file:${relativePath}`
  return { key, src, relativePath, alt, attachmentId: attachment?.postId ?? null }
}

/** The file for an image in the uploads folder: the exact one, else the original of a resized copy. */
export async function findImageFile(mediaDir: string | null, ref: ImageRef): Promise<string | null> {
  if (!mediaDir) return null
  const candidates = [ref.relativePath, ref.relativePath.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, '$1')]
  for (const candidate of candidates) {
    const file = path.join(mediaDir, candidate)
    const stat = await fs.stat(file).catch(() => null)
    if (stat?.isFile()) return file
  }
  return null
}

export async function findImportedMedia(payload: Payload, key: string, req?: PayloadRequest): Promise<number | null> {
  const { docs } = await payload.find({
    collection: 'media',
    where: { 'importSource.key': { equals: key } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    select: { filename: true },
    req,
  })
  return docs[0]?.id ?? null
}

/**
 * The media document for an image, created from the uploads folder when it is not there yet (inside
 * the item's transaction). Without alt text it is flagged "alt text missing" for staff.
 */
export async function attachImage(payload: Payload, req: PayloadRequest, ref: ImageRef, file: string): Promise<number> {
  const existing = await findImportedMedia(payload, ref.key, req)
  if (existing !== null) return existing
  const media = await payload.create({
    collection: 'media',
    data: {
      alt: ref.alt ?? '',
      needsAlt: !ref.alt,
      importSource: { system: 'wordpress', key: ref.key, id: ref.attachmentId ?? '', url: ref.src },
    },
    filePath: file,
    overrideAccess: true,
    depth: 0,
    req,
    context: { disableRevalidate: true },
  })
  return media.id
}
