// Cache tags of the public site, defined once. Every reader in lib/content tags its cached result
// with these, and pages built from those reads are tagged with them too, so one
// `revalidateTag(tag, { expire: 0 })` refreshes both the data and every page that shows it.
// (`{ expire: 0 }` makes the next visitor get fresh content, which matters for an unpublish;
// 'max' would serve the stale page once more while it rebuilds.)
//
// What a hook should revalidate:
//   announcements, bargaining-updates, campaigns, leadership, pages (after change and delete)
//       → tagsForChange(collection, doc, previousDoc): the collection tag plus the document tag
//         for its old and new slug
//   regions → tags.regions      locals → tags.locals      media → tags.media
//   site global → tags.site      search rows → tags.search
//
// Readers (lib/content) and their tags (detail readers: with a viewer they read uncached, see detailReader):
//   getSite                                   site
//   getRegions, getRegionByCode               regions
//   getLocals                                 locals
//   getHome (getWhatsNew, getFeaturedItem, getActiveCampaigns, getNextBargainingSession)
//                                             announcements, bargaining-updates, campaigns, media, regions
//   getNewsList                               announcements, media, regions, locals
//   getNewsYears                              announcements
//   getAnnouncementBySlug(slug)               announcements, announcements:<slug>, media, regions, locals
//   getRelatedNews                            announcements, media, regions
//   getBargainingSessions                     bargaining-updates
//   getBargainingUpdateBySlug(slug)           bargaining-updates, bargaining-updates:<slug>, media
//   getCampaigns, getActiveCampaigns          campaigns, media, regions
//   getCampaignBySlug(slug)                   campaigns, campaigns:<slug>, media, regions, locals
//   getMemberFormOptions                      campaigns, regions, locals
//   getLeadership                             leadership, media
//   getPageBySlug(slug)                       pages, pages:<slug>, media
//   getSearchResults(query)                   search, announcements, bargaining-updates, campaigns, leadership, pages
//   getApprovedStories(campaign?)             stories
//   getRedirect(path)                         redirects
// Never cached, read per request as the person: getMembersOnlyPiece, getAccount, getMySignature.
// Lists carry the collection tag, so publishing anything in a collection refreshes every list of it;
// the per-slug tags let an edit refresh one detail page without touching the others.

export const tags = {
  site: 'site',
  regions: 'regions',
  locals: 'locals',
  media: 'media',
  announcements: 'announcements',
  announcement: (slug: string) => `announcements:${slug}`,
  bargainingUpdates: 'bargaining-updates',
  bargainingUpdate: (slug: string) => `bargaining-updates:${slug}`,
  campaigns: 'campaigns',
  campaign: (slug: string) => `campaigns:${slug}`,
  leadership: 'leadership',
  pages: 'pages',
  page: (slug: string) => `pages:${slug}`,
  stories: 'stories',
  // The search plugin's rows (synced with content, or re-ranked by an admin): cached search results.
  search: 'search',
  // Old addresses (plugin-redirects): the catch-all route's lookups.
  redirects: 'redirects',
} as const

export type ContentCollectionSlug = 'announcements' | 'bargaining-updates' | 'campaigns' | 'leadership' | 'pages'

// Leaders have no detail page, so their slug needs no tag of its own.
const documentTag: Record<ContentCollectionSlug, ((slug: string) => string) | null> = {
  announcements: tags.announcement,
  'bargaining-updates': tags.bargainingUpdate,
  campaigns: tags.campaign,
  leadership: null,
  pages: tags.page,
}

type Slugged = { slug?: string | null } | null | undefined

/** Tags to revalidate after a content document changed (publish, unpublish, edit or delete). */
export function tagsForChange(collection: ContentCollectionSlug, doc: Slugged, previousDoc?: Slugged): string[] {
  const toDocTag = documentTag[collection]
  const slugs = [doc?.slug, previousDoc?.slug].filter((slug): slug is string => Boolean(slug))
  const docTags = toDocTag ? slugs.map(toDocTag) : []
  return [...new Set([collection, ...docTags])]
}

/**
 * Every list tag: every cached read carries at least one of them, so expiring all of them refreshes
 * the whole public site (what a script that wrote content in bulk asks for).
 */
export function everyContentTag(): string[] {
  return Object.values(tags).filter((tag): tag is Extract<(typeof tags)[keyof typeof tags], string> => typeof tag === 'string')
}
