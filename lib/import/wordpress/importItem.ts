import crypto from 'node:crypto'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type PayloadRequest, type RequiredDataFromCollectionSlug } from 'payload'

import { TOPICS } from '@/lib/content/options'
import type { RichTextData } from '@/lib/content/types'

import { attachImage, featuredImage, findImageFile, findImportedMedia, imageRef, type ImageRef } from './attachImages'
import { convertHtml, imageSources } from './convertHtml'
import type { ImportAuthor, ImportContext } from './importContext'
import { type ImportTarget, mapItem, type MappedItem } from './mapItem'
import { oldAddresses, recordRedirects } from './recordRedirects'
import { replaceSchedule } from './scheduleItem'
import type { WxrItem } from './types'

export type ItemOutcome = { action: 'created' | 'updated' | 'skipped'; line: string; problems: string[] }

// Bump when the mapping changes, so the next run rewrites documents imported by the old one.
const MAPPING_VERSION = 1
const SUMMARY_MAX = 400
const WRITE = { overrideAccess: true, depth: 0, locale: 'en', context: { disableRevalidate: true, disableAlerts: true } } as const

export function itemLabel(item: WxrItem): string {
  return `${item.type} ${item.postId} "${item.title || '(no title)'}"`
}

function plainText(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim()
}

function summaryOf(item: WxrItem): string | null {
  const text = plainText(item.excerptHtml)
  if (!text) return null
  return text.length <= SUMMARY_MAX ? text : `${text.slice(0, SUMMARY_MAX - 1).trimEnd()}…`
}

/** The WordPress slug, unless another (non-imported or other) document already has it. */
async function freeSlug(ctx: ImportContext, collection: ImportTarget, mapped: MappedItem, item: WxrItem, ownId: number | null) {
  const { docs } = await ctx.payload.find({ collection, where: { slug: { equals: mapped.slug } }, draft: true, depth: 0, limit: 1, pagination: false, overrideAccess: true, select: { slug: true } })
  const taken = docs[0] && docs[0].id !== ownId
  return taken ? `${mapped.slug}-${item.postId}` : mapped.slug
}

/** Per image key: media an earlier import made, a file to make it from, or neither (missing). */
type ImageSource = { mediaId: number } | { file: string } | null
type Images = { featured: ImageRef | null; body: ImageRef[]; files: Map<string, ImageSource> }

async function collectImages(ctx: ImportContext, item: WxrItem): Promise<Images> {
  const featured = featuredImage(item, ctx.attachments, ctx.siteUrl)
  const body = imageSources(item.contentHtml).flatMap(({ src, alt }) => imageRef(src, alt, ctx.attachments, ctx.siteUrl) ?? [])
  const files = new Map<string, ImageSource>()
  for (const ref of [...(featured ? [featured] : []), ...body]) {
    if (files.has(ref.key)) continue
    // Media already imported counts even without the folder (the admin's import has none), so such a
    // run neither strips images nor reports them missing.
    const mediaId = await findImportedMedia(ctx.payload, ref.key)
    const file = mediaId === null ? await findImageFile(ctx.mediaDir, ref) : null
    files.set(ref.key, mediaId !== null ? { mediaId } : file ? { file } : null)
  }
  return { featured, body, files }
}

/**
 * Imports one WordPress item in its own transaction: its images, the document, its old addresses and
 * its schedule all land together, or nothing does. An unchanged item (same digest) is left alone.
 */
export async function importItem(ctx: ImportContext, item: WxrItem): Promise<ItemOutcome> {
  const label = itemLabel(item)
  const mapped = mapItem(item, ctx.config, ctx.siteUrl)
  if (!mapped.ok) return { action: 'skipped', line: `skipped ${label}: ${mapped.skip}`, problems: [mapped.skip] }
  const { collection } = mapped.value
  const key = `${ctx.siteUrl}#${item.postId}`
  const author = ctx.authors.get(item.creator) ?? { userId: null, name: item.creator, publishesAll: false }
  const images = await collectImages(ctx, item)
  const problems = [...images.files].filter(([, file]) => file === null).map(([imageKey]) => {
    const ref = [images.featured, ...images.body].find((candidate) => candidate?.key === imageKey)
    return `image ${ref?.relativePath ?? imageKey} is not in the uploads folder${ctx.mediaDir ? '' : ' (none given)'}; imported without it`
  })
  const unknownRegions = mapped.value.regionCodes.filter((code) => !ctx.regions.has(code))
  if (unknownRegions.length) problems.push(`region code(s) ${unknownRegions.join(', ')} from the config do not exist; left out`)

  const hash = crypto
    .createHash('sha256')
    .update(JSON.stringify({ MAPPING_VERSION, item, mapped: mapped.value, author, images: [...images.files].map(([imageKey, file]) => [imageKey, file !== null]) }))
    .digest('hex')
  const found = ctx.existing.get(key)
  // A post the config now sends elsewhere is created there; the old document stays for staff to remove.
  const existing = found?.collection === collection ? found : undefined
  if (existing?.hash === hash) return { action: 'skipped', line: `unchanged ${collection}/${existing.slug ?? existing.id} (${label})`, problems }

  const slug = await freeSlug(ctx, collection, mapped.value, item, existing?.id ?? null)
  if (slug !== mapped.value.slug) problems.push(`slug "${mapped.value.slug}" is taken in ${collection}; using "${slug}"`)
  const verb = existing ? 'updated' : 'created'
  if (ctx.dryRun) {
    const mediaToCreate = [...images.files.values()].filter((source) => source !== null && 'file' in source).length
    const extra = mediaToCreate ? `, ${mediaToCreate} image(s)` : ''
    return { action: verb, line: `would ${verb === 'created' ? 'create' : 'update'} ${collection}/${slug} (${label}, ${mapped.value.status}${extra})`, problems }
  }

  const req = await createLocalReq({}, ctx.payload)
  await initTransaction(req)
  try {
    const mediaIds = new Map<string, number>()
    for (const [imageKey, source] of images.files) {
      const ref = [images.featured, ...images.body].find((candidate) => candidate?.key === imageKey)
      if (source && 'mediaId' in source) mediaIds.set(imageKey, source.mediaId)
      else if (ref && source) mediaIds.set(imageKey, await attachImage(ctx.payload, req, ref, source.file))
    }
    const mediaFor = (src: string) => {
      const ref = imageRef(src, null, ctx.attachments, ctx.siteUrl)
      return ref ? (mediaIds.get(ref.key) ?? null) : null
    }
    const heroId = images.featured ? (mediaIds.get(images.featured.key) ?? null) : null
    // Only announcements have a hero image; elsewhere the featured image opens the body.
    const leadImage = heroId !== null && collection !== 'announcements' && images.featured ? `<img src="${images.featured.src}">` : ''
    const body = await convertHtml(ctx.payload, leadImage + item.contentHtml, mediaFor)
    const id = await writeDocument(ctx, req, { item, mapped: mapped.value, existingId: existing?.id ?? null, slug, body, heroId, author, key, hash })
    await recordRedirects(ctx.payload, req, { collection, id }, oldAddresses(item.postId, mapped.value.oldPath))
    if (mapped.value.status === 'scheduled' && item.dateGmt) await replaceSchedule(ctx.payload, req, { collection, id }, new Date(item.dateGmt), author.publishesAll ? author.userId : null)
    await commitTransaction(req)
    return { action: verb, line: `${verb} ${collection}/${slug} (${label}, ${mapped.value.status})`, problems }
  } catch (error) {
    await killTransaction(req)
    const message = error instanceof Error ? error.message : String(error)
    return { action: 'skipped', line: `failed ${label}: ${message}; nothing written for it`, problems: [...problems, `failed: ${message}`] }
  }
}

type WriteArgs = {
  item: WxrItem
  mapped: MappedItem
  existingId: number | null
  slug: string
  body: RichTextData
  heroId: number | null
  author: ImportAuthor
  key: string
  hash: string
}

const TOPIC_VALUES = new Set<string>(TOPICS.map((topic) => topic.value))
type TopicValue = (typeof TOPICS)[number]['value']
const isTopicValue = (value: string): value is TopicValue => TOPIC_VALUES.has(value)

async function writeDocument(ctx: ImportContext, req: PayloadRequest, args: WriteArgs): Promise<number> {
  const { item, mapped, existingId, slug, body, heroId, author, key, hash } = args
  const published = mapped.status === 'published'
  const common = {
    title: mapped.title,
    slug,
    // WordPress posts were public; members-only is a portal notion.
    audience: 'public' as const,
    summary: summaryOf(item),
    _status: published ? ('published' as const) : ('draft' as const),
    publishedAt: item.dateGmt,
    regions: mapped.regionCodes.flatMap((code) => ctx.regions.get(code) ?? []),
    topicRefs: mapped.topicSlugs.flatMap((topicSlug) => ctx.topics.get(topicSlug) ?? []),
    // The audit trail names the staff account with the author's e-mail; the import itself is nobody.
    createdBy: author.userId,
    updatedBy: author.userId,
    publishedBy: published ? author.userId : null,
    importSource: { system: 'wordpress' as const, key, id: item.postId, url: item.link || item.guid, author: author.userId ? null : author.name || null, hash },
  }
  // Not `draft: true` even for drafts: a WordPress draft of a post the portal had published takes it
  // down, as it did on WordPress (the document's status is WordPress's).
  const options = { ...WRITE, req }
  switch (mapped.collection) {
    case 'announcements': {
      // WordPress categories that match the site's fixed topics also fill its /news filter.
      const data: RequiredDataFromCollectionSlug<'announcements'> = { ...common, body, heroImage: heroId, topics: mapped.topicSlugs.filter(isTopicValue), alert: { send: false } }
      const doc = existingId
        ? await ctx.payload.update({ collection: 'announcements', id: existingId, data, ...options })
        : await ctx.payload.create({ collection: 'announcements', data, ...options })
      return doc.id
    }
    case 'bargaining-updates': {
      const data: RequiredDataFromCollectionSlug<'bargaining-updates'> = { ...common, body, table: mapped.table ?? ctx.config.bargainingUpdates.table, status: 'in-session', authoredBy: 'coalition', alert: { send: false } }
      const doc = existingId
        ? await ctx.payload.update({ collection: 'bargaining-updates', id: existingId, data, ...options })
        : await ctx.payload.create({ collection: 'bargaining-updates', data, ...options })
      return doc.id
    }
    case 'pages': {
      const data: RequiredDataFromCollectionSlug<'pages'> = { ...common, layout: [{ blockType: 'richText' as const, content: body }] }
      const doc = existingId
        ? await ctx.payload.update({ collection: 'pages', id: existingId, data, ...options })
        : await ctx.payload.create({ collection: 'pages', data, ...options })
      return doc.id
    }
  }
}
