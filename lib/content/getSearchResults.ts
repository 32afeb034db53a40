import { tags } from '@/lib/cacheTags'
import type { SearchQuery } from '@/lib/schemas/search'
import { searchSite, type SearchResults } from '@/lib/search/searchSite'

import { cachedReader } from './cached'
import { payload } from './payload'

type Args = { q: string; type: string | null; region: string | null; page: number; regionId: number | null }

async function findSearchResults({ q, type, page, regionId }: Args): Promise<SearchResults> {
  return searchSite(await payload(), { q, type: (type ?? undefined) as SearchQuery['type'], page, regionId: regionId ?? undefined })
}

// Popular searches repeat; results are public and expire with any content change (same tags as lists).
const cachedSearch = cachedReader('search', findSearchResults, () => [
  tags.announcements,
  tags.bargainingUpdates,
  tags.campaigns,
  tags.leadership,
  tags.pages,
])

/** Ranked full-text search as an anonymous visitor, cached per query. */
export function getSearchResults(query: SearchQuery, regionId: number | null): Promise<SearchResults> {
  return cachedSearch({ q: query.q, type: query.type ?? null, region: query.region ?? null, page: query.page, regionId })
}
