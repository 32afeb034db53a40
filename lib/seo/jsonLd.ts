// schema.org structured data for search engines, built from the shapes lib/content returns.
import type { Article, NextSession, Office, Picture, SiteInfo } from '@/lib/content/types'

export type JsonLdValue = string | number | boolean | null | JsonLdValue[] | { [key: string]: JsonLdValue }
export type JsonLdObject = { [key: string]: JsonLdValue }

/** Where the site is served (SERVER_URL) and its raster logo, both needed for absolute URLs. */
export type SiteContext = { siteUrl: string; logoPath: string }

export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl).toString()
}

/**
 * JSON for a <script type="application/ld+json">. `<`, `>` and `&` become \u escapes (still the same
 * JSON), so editor text such as "</script>" can never end the script element early.
 */
export function serializeJsonLd(data: JsonLdObject | JsonLdObject[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
}

function postalAddress(office: Office): JsonLdObject {
  return {
    '@type': 'PostalAddress',
    streetAddress: office.street,
    addressLocality: office.city,
    addressRegion: office.state,
    postalCode: office.postalCode,
    addressCountry: 'US',
  }
}

/** Same-as links must be web addresses; a mailto: or tel: social link is left out. */
const isWebUrl = (href: string) => /^https?:\/\//i.test(href)

export function organizationJsonLd(site: SiteInfo, context: SiteContext): JsonLdObject {
  const telephone = site.offices.find((office) => office.phone)?.phone
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': absoluteUrl(context.siteUrl, '/#organization'),
    name: site.name,
    url: absoluteUrl(context.siteUrl, '/'),
    logo: absoluteUrl(context.siteUrl, context.logoPath),
    ...(site.tagline ? { description: site.tagline } : {}),
    ...(site.foundedYear ? { foundingDate: String(site.foundedYear) } : {}),
    ...(telephone ? { telephone } : {}),
    address: site.offices.map(postalAddress),
    location: site.offices.map((office) => ({
      '@type': 'Place',
      name: office.label,
      address: postalAddress(office),
      ...(office.phone ? { telephone: office.phone } : {}),
    })),
    sameAs: site.social.map((link) => link.href).filter(isWebUrl),
  }
}

/** The publisher/organizer reference used inside articles and events. */
function organizationRef(site: Pick<SiteInfo, 'name'>, context: SiteContext): JsonLdObject {
  return {
    '@type': 'Organization',
    name: site.name,
    url: absoluteUrl(context.siteUrl, '/'),
    logo: { '@type': 'ImageObject', url: absoluteUrl(context.siteUrl, context.logoPath) },
  }
}

function pictureUrls(picture: Picture | null, siteUrl: string): string[] {
  if (!picture) return []
  const variants = [picture.hero, picture.card, picture.original].flatMap((variant) => (variant ? [variant.src] : []))
  return [...new Set(variants)].map((src) => absoluteUrl(siteUrl, src))
}

/** Search engines cut headlines at 110 characters; cut at a word and mark it. */
function headline(title: string): string {
  if (title.length <= 110) return title
  const cut = title.slice(0, 109)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 60 ? cut.lastIndexOf(' ') : 109).trimEnd()}…`
}

export function newsArticleJsonLd(
  article: Pick<Article, 'title' | 'summary' | 'publishedAt' | 'updatedAt' | 'image'>,
  path: string,
  site: Pick<SiteInfo, 'name'>,
  context: SiteContext,
): JsonLdObject {
  const url = absoluteUrl(context.siteUrl, path)
  const images = pictureUrls(article.image, context.siteUrl)
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: headline(article.title),
    ...(article.summary ? { description: article.summary } : {}),
    ...(images.length > 0 ? { image: images } : {}),
    ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
    ...(article.updatedAt ? { dateModified: article.updatedAt } : {}),
    author: organizationRef(site, context),
    publisher: organizationRef(site, context),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
  }
}

export type SessionEvent = {
  name: string
  start: string
  end: string | null
  location: string | null
  /** Page that reports on the session. */
  path: string
}

export function bargainingEventJsonLd(event: SessionEvent, site: Pick<SiteInfo, 'name'>, context: SiteContext): JsonLdObject {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.name,
    startDate: event.start,
    ...(event.end ? { endDate: event.end } : {}),
    // Sessions are only ever announced or held; a called-off one is removed rather than marked.
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    ...(event.location ? { location: { '@type': 'Place', name: event.location, address: event.location } } : {}),
    organizer: organizationRef(site, context),
    url: absoluteUrl(context.siteUrl, event.path),
  }
}

/** The announced next session of a table (the /bargaining hub and the update that announced it). */
export function nextSessionEvent(session: Pick<NextSession, 'start' | 'end' | 'location' | 'table' | 'href'>): SessionEvent {
  return {
    name: `${session.table}: next bargaining session`,
    start: session.start,
    end: session.end,
    location: session.location,
    path: session.href,
  }
}
