import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { z } from 'zod'

import type { WxrAuthor, WxrExport, WxrItem, WxrTerm } from './types'
import { wxrAuthorSchema, wxrCategorySchema, wxrChannelSchema, wxrItemSchema, wxrTagSchema } from './wxrSchema'

/** The file as a whole cannot be imported: the CLI prints the message and exits 2, nothing written. */
export class WxrFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WxrFileError'
  }
}

const REPEATED = new Set(['rss.channel.item', 'rss.channel.wp:author', 'rss.channel.wp:category', 'rss.channel.wp:tag', 'rss.channel.item.category', 'rss.channel.item.wp:postmeta'])

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Keep ids and titles as written ("007", "2024"); WordPress stores everything as text.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (_name, jpath) => REPEATED.has(String(jpath)),
  // Post bodies are CDATA: keep their HTML whole.
  processEntities: true,
  htmlEntities: true,
})

/** The validator names unclosed tags as a JSON list at "line 1": say which tag the file ends inside. */
function brokenXmlMessage(err: { msg: string; line: number; col: number }): string {
  const unclosed = /^Invalid '(\[[\s\S]*\])' found/.exec(err.msg)
  if (unclosed?.[1]) {
    const open = z.array(z.string()).safeParse(JSON.parse(unclosed[1]))
    if (open.success && open.data.length) return `broken XML: the file ends inside <${open.data.join('> <')}> (was it cut off?)`
  }
  return `broken XML at line ${err.line}, column ${err.col}: ${err.msg.replace(/\.+$/, "")}`
}

/** "2023-07-14 18:30:00" (WordPress's GMT column) → ISO; "0000-00-00 00:00:00" → null. */
export function wpGmtToIso(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value.trim())
  if (!match || match[1] === '0000') return null
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

function toTerm(taxonomy: string, slug: string, name: string): WxrTerm | null {
  if (taxonomy !== 'category' && taxonomy !== 'post_tag') return null
  const cleanSlug = slug.trim()
  return cleanSlug ? { taxonomy, slug: cleanSlug, name: name.trim() || cleanSlug } : null
}

function toItem(raw: unknown, index: number): WxrItem | string {
  const parsed = wxrItemSchema.safeParse(raw)
  if (!parsed.success) return `item ${index + 1}: not a WordPress post (${parsed.error.issues[0]?.path.join('.') ?? '?'}: ${parsed.error.issues[0]?.message ?? ''})`
  const item = parsed.data
  const meta: Record<string, string> = {}
  for (const row of item['wp:postmeta']) if (row['wp:meta_key']) meta[row['wp:meta_key']] = row['wp:meta_value']
  return {
    postId: item['wp:post_id'].trim(),
    title: item.title.trim(),
    link: item.link.trim(),
    guid: item.guid.trim(),
    creator: item['dc:creator'].trim(),
    contentHtml: item['content:encoded'],
    excerptHtml: item['excerpt:encoded'],
    dateGmt: wpGmtToIso(item['wp:post_date_gmt']),
    slug: item['wp:post_name'].trim(),
    status: item['wp:status'].trim() || 'draft',
    type: item['wp:post_type'].trim() || 'post',
    attachmentUrl: item['wp:attachment_url'].trim() || null,
    terms: item.category.map((term) => toTerm(term['@_domain'], term['@_nicename'], term['#text'])).filter((term): term is WxrTerm => term !== null),
    meta,
  }
}

/**
 * Reads a WordPress WXR export. Broken XML or a file that is not WXR throws WxrFileError (one clear
 * sentence); an item that cannot be read becomes a problem line in `unreadable` and the rest goes on.
 */
export function parseWxr(xml: string): WxrExport & { unreadable: string[] } {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw new WxrFileError(brokenXmlMessage(valid.err))
  const document: unknown = parser.parse(xml)
  const channel = typeof document === 'object' && document !== null && 'rss' in document ? (document.rss as { channel?: unknown }).channel : undefined
  const parsedChannel = wxrChannelSchema.safeParse(channel)
  if (!parsedChannel.success) throw new WxrFileError('not a WordPress export: expected <rss><channel> with <wp:wxr_version> (Tools → Export in WordPress)')
  const data = parsedChannel.data
  const siteUrl = (data['wp:base_site_url'] || data.link).replace(/\/+$/, '')
  if (!siteUrl) throw new WxrFileError('not a WordPress export: the channel names no site (<wp:base_site_url> or <link>)')

  const authors: WxrAuthor[] = data['wp:author'].flatMap((raw) => {
    const author = wxrAuthorSchema.safeParse(raw)
    if (!author.success || !author.data['wp:author_login']) return []
    const { 'wp:author_login': login, 'wp:author_email': email, 'wp:author_display_name': displayName } = author.data
    return [{ login, email: email.trim().toLowerCase(), displayName: displayName.trim() || login }]
  })
  const terms = [
    ...data['wp:category'].map((raw) => {
      const category = wxrCategorySchema.safeParse(raw)
      return category.success ? toTerm('category', category.data['wp:category_nicename'], category.data['wp:cat_name']) : null
    }),
    ...data['wp:tag'].map((raw) => {
      const tag = wxrTagSchema.safeParse(raw)
      return tag.success ? toTerm('post_tag', tag.data['wp:tag_slug'], tag.data['wp:tag_name']) : null
    }),
  ].filter((term): term is WxrTerm => term !== null)

  const items: WxrItem[] = []
  const unreadable: string[] = []
  data.item.forEach((raw, index) => {
    const item = toItem(raw, index)
    if (typeof item === 'string') unreadable.push(item)
    else items.push(item)
  })
  return { siteUrl, authors, terms, items, unreadable }
}
