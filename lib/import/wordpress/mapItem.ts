import { isSlug, slugify } from '@/lib/content/slugify'

import type { ImportConfig } from './importConfig'
import type { WxrItem, WxrTerm } from './types'

export type ImportTarget = 'announcements' | 'bargaining-updates' | 'pages'

export type MappedItem = {
  collection: ImportTarget
  /** What the portal keeps: published, a draft, or a draft with a scheduled publish at `dateGmt`. */
  status: 'published' | 'draft' | 'scheduled'
  slug: string
  title: string
  /** Region codes from the config; empty = coalition-wide. */
  regionCodes: string[]
  /** Topic slugs (categories and tags together). */
  topicSlugs: string[]
  /** The bargaining table, for bargaining updates. */
  table: string | null
  /** The old permalink's path, e.g. /2023/07/slug/. */
  oldPath: string | null
}

/** Either the item maps to a portal document, or it is skipped with a reason (one line in the report). */
export type MapResult = { ok: true; value: MappedItem } | { ok: false; skip: string }

const STATUS: Record<string, MappedItem['status'] | undefined> = {
  publish: 'published',
  draft: 'draft',
  pending: 'draft',
  // Private posts are for logged-in WordPress users; the portal keeps them as drafts for staff.
  private: 'draft',
  future: 'scheduled',
}

function oldPathOf(link: string, siteUrl: string): string | null {
  try {
    const url = new URL(link, siteUrl)
    // `?p=123` links are recorded separately; a bare "/" would redirect the home page.
    return url.pathname !== '/' ? url.pathname : null
  } catch {
    return null
  }
}

/** WordPress percent-encodes non-ASCII slugs ("caf%c3%a9"); a malformed one is used as written. */
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

function matches(terms: WxrTerm[], taxonomy: WxrTerm['taxonomy'], slugs: string[]): WxrTerm | undefined {
  return terms.find((term) => term.taxonomy === taxonomy && slugs.includes(term.slug))
}

/** Where one WordPress item goes, by its type, status, categories and tags (no database needed). */
export function mapItem(item: WxrItem, config: ImportConfig, siteUrl: string): MapResult {
  if (item.type !== 'post' && item.type !== 'page') return { ok: false, skip: `unknown post type "${item.type}"; skipped` }
  const status = STATUS[item.status]
  if (!status) return { ok: false, skip: `status "${item.status}" is not imported (only publish, future, draft, pending, private)` }
  if (status === 'scheduled' && !item.dateGmt) return { ok: false, skip: 'scheduled post without a date; skipped' }

  const title = item.title || `Untitled (WordPress ${item.type} ${item.postId})`
  const wanted = item.slug && isSlug(item.slug) ? item.slug : slugify(safeDecode(item.slug) || title)
  const slug = wanted || `wordpress-${item.postId}`
  const bargaining =
    item.type === 'post'
      ? (matches(item.terms, 'category', config.bargainingUpdates.categories) ?? matches(item.terms, 'post_tag', config.bargainingUpdates.tags))
      : undefined
  const collection: ImportTarget = item.type === 'page' ? 'pages' : bargaining ? 'bargaining-updates' : 'announcements'
  const regionCodes = [...new Set(item.terms.map((term) => config.regions[term.slug]).filter((code): code is string => Boolean(code)))]
  return {
    ok: true,
    value: {
      collection,
      status,
      slug,
      title,
      regionCodes,
      topicSlugs: [...new Set(item.terms.map((term) => term.slug))],
      table: bargaining ? config.bargainingUpdates.table : null,
      oldPath: oldPathOf(item.link, siteUrl),
    },
  }
}
