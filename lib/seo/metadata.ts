import type { Metadata } from 'next'

import type { Picture } from '@/lib/content/types'
import { LANGUAGES, languageAlternates, localizedPath, OG_LOCALE, type Lang } from '@/lib/i18n/languages'

export type ShareImage = { url: string; width: number; height: number; alt: string }

export type Feed = { url: string; title: string }

export type PageSeo = {
  /** The page's language: its canonical is the path in it, and every language version is an alternate. */
  lang: Lang
  title: string
  /** true: the title is used as is, without the " · <site name>" suffix (the home page). */
  absoluteTitle?: boolean
  description?: string | null
  /** Site-relative path without the language prefix; metadataBase (SERVER_URL) makes it absolute. null: no canonical (the 404 page). */
  path: string | null
  type?: 'website' | 'article'
  image?: Picture | null
  publishedTime?: string | null
  modifiedTime?: string | null
  /** RSS feeds announced by the page (paths without the language prefix); the site feed when omitted. */
  feeds?: Feed[]
  noindex?: boolean
}

export type SiteSeo = { name: string; description: string; defaultImage: ShareImage }

/** The largest size that suits a link preview: hero (≤1600 wide), else the 16:9 card crop, else the original. */
export function shareImage(picture: Picture | null | undefined): ShareImage | null {
  const variant = picture?.hero ?? picture?.card ?? picture?.original
  return picture && variant ? { url: variant.src, width: variant.width, height: variant.height, alt: picture.alt } : null
}

/**
 * Title, description, canonical URL, Open Graph and Twitter card of a public page. Every page sets
 * them all because Next replaces (does not merge) a parent's `openGraph` and `alternates`.
 */
export function buildMetadata(page: PageSeo, site: SiteSeo): Metadata {
  const description = page.description?.trim() || site.description
  const image = shareImage(page.image) ?? site.defaultImage
  const images = [image]
  const ogTitle = page.absoluteTitle ? page.title : `${page.title} · ${site.name}`
  const canonical = page.path === null ? undefined : localizedPath(page.lang, page.path)
  const common = {
    title: ogTitle,
    description,
    url: canonical,
    siteName: site.name,
    locale: OG_LOCALE[page.lang],
    alternateLocale: LANGUAGES.filter((lang) => lang !== page.lang).map((lang) => OG_LOCALE[lang]),
    images,
  }
  const feeds = page.feeds ?? [{ url: '/feed.xml', title: site.name }]
  return {
    title: page.absoluteTitle ? { absolute: page.title } : page.title,
    description,
    alternates: {
      canonical,
      languages: page.path === null ? undefined : languageAlternates(page.path),
      types: { 'application/rss+xml': feeds.map((feed) => ({ ...feed, url: localizedPath(page.lang, feed.url) })) },
    },
    openGraph:
      page.type === 'article'
        ? {
            ...common,
            type: 'article',
            publishedTime: page.publishedTime ?? undefined,
            modifiedTime: page.modifiedTime ?? undefined,
          }
        : { ...common, type: 'website' },
    twitter: { card: 'summary_large_image', title: ogTitle, description, images },
    robots: page.noindex ? { index: false, follow: true } : undefined,
  }
}
