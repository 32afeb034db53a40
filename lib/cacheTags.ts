// Cache tags of the public site, defined once. Every reader in lib/content tags its cached result
// with these; collection and global hooks call `revalidateTag(tag, 'max')` with the same names.
//
// What a hook should revalidate after a change (tagsForChange computes it for content collections):
//   announcements, bargaining-updates, campaigns, leadership, pages
//       → the collection tag, plus the document tag for its old and new slug
//   regions  → tags.regions, plus tags.region(code) for the old and new code
//   locals   → tags.locals          media → tags.media          site global → tags.site
//
// Readers and their tags:
//   getSite                          site
//   getRegions, getRegionByCode      regions (+ region(code) for getRegionByCode)
//   getLocals                        locals
//   getWhatsNew, getFeaturedItem     announcements, bargaining-updates, campaigns, media, regions
//   getNewsList, getNewsYears        announcements, media, regions, locals
//   getAnnouncementBySlug            announcements, announcement(slug), media, regions, locals
//   getRelatedNews                   announcements, media
//   getBargainingHub                 bargaining-updates
//   getNextBargainingSession         bargaining-updates
//   getBargainingUpdateBySlug        bargaining-updates, bargainingUpdate(slug), media
//   getCampaigns, getActiveCampaigns campaigns, media
//   getCampaignBySlug                campaigns, campaign(slug), media, regions, locals
//   getLeadership                    leadership, media, locals
//   getPageBySlug                    pages, page(slug), media

export const tags = {
  site: 'site',
  regions: 'regions',
  region: (code: string) => `regions:${code}`,
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
} as const

export type ContentCollectionSlug = 'announcements' | 'bargaining-updates' | 'campaigns' | 'leadership' | 'pages'

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
