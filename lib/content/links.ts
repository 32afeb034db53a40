import type { ContentKind } from './types'

const allowedSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * An editor-entered link made safe for an href: site paths, #anchors and http(s)/mailto/tel only,
 * so a `javascript:` URL typed into a CMS field can never reach a member's browser.
 */
export function safeHref(value: string | null | undefined): string | null {
  const href = value?.trim()
  if (!href) return null
  if (href.startsWith('#')) return href
  if (href.startsWith('/')) return href.startsWith('//') || href.startsWith('/\\') ? null : href
  try {
    return allowedSchemes.has(new URL(href).protocol) ? href : null
  } catch {
    return null
  }
}

/** The story form with a campaign already chosen (from the campaign page and its "Share your story" action). */
export function newStoryHref(campaignId: number): string {
  return `/stories/new?campaign=${campaignId}`
}

export function isExternal(href: string): boolean {
  return /^https?:\/\//i.test(href)
}

const routes: Record<ContentKind | 'page', string> = {
  announcement: '/news',
  bargaining: '/bargaining',
  campaign: '/campaigns',
  page: '',
}

export function contentHref(kind: ContentKind | 'page', slug: string): string {
  return `${routes[kind]}/${encodeURIComponent(slug)}`
}

const kindOfCollection: Record<string, ContentKind | 'page'> = {
  announcements: 'announcement',
  'bargaining-updates': 'bargaining',
  campaigns: 'campaign',
  pages: 'page',
}

/** Where a link to another document (rich text, search results) points on the public site. */
export function collectionDocHref(collection: string, slug: string | null | undefined): string | null {
  // Leaders have no page of their own; they are all on /leadership.
  if (collection === 'leadership') return '/leadership'
  const kind = kindOfCollection[collection]
  return kind && slug ? contentHref(kind, slug) : null
}
