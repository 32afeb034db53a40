import { tags } from '@/lib/cacheTags'

import { cachedReader } from './cached'
import { contentHref } from './links'
import { payload, publicRead } from './payload'
import { publishedWhere } from './where'

export type SitemapEntry = { path: string; lastModified: string | null }

/** Every published item's public address, read as an anonymous visitor (drafts can never appear). */
export async function findSitemapEntries(): Promise<SitemapEntry[]> {
  const api = await payload()
  // Slugs and dates are the same in every language; app/sitemap.ts lists each path in both.
  const common = { ...publicRead('en'), where: publishedWhere(), limit: 0, pagination: false, depth: 0, select: { slug: true, updatedAt: true } } as const
  const [announcements, bargaining, campaigns, pages] = await Promise.all([
    api.find({ collection: 'announcements', ...common }),
    api.find({ collection: 'bargaining-updates', ...common }),
    api.find({ collection: 'campaigns', ...common }),
    api.find({ collection: 'pages', ...common }),
  ])
  const entries = (docs: Array<{ slug?: string | null; updatedAt: string }>, toPath: (slug: string) => string) =>
    docs.flatMap((doc) => (doc.slug ? [{ path: toPath(doc.slug), lastModified: doc.updatedAt }] : []))
  return [
    ...entries(announcements.docs, (slug) => contentHref('announcement', slug)),
    ...entries(bargaining.docs, (slug) => contentHref('bargaining', slug)),
    ...entries(campaigns.docs, (slug) => contentHref('campaign', slug)),
    ...entries(pages.docs, (slug) => contentHref('page', slug)),
  ]
}

const sitemapEntries = cachedReader('sitemap', () => findSitemapEntries(), () => [
  tags.announcements,
  tags.bargainingUpdates,
  tags.campaigns,
  tags.pages,
])
export const getSitemapEntries = () => sitemapEntries(null)
