import { tags } from '@/lib/cacheTags'
import type { Lang } from '@/lib/i18n/languages'
import type { SearchQuery } from '@/lib/schemas/search'
import { normaliseTerms, searchSite, type SearchResults } from '@/lib/search/searchSite'

import { cachedReader } from './cached'
import { payload } from './payload'

type Args = { q: string; type: string | null; page: number; regionId: number | null; lang: Lang }

async function findSearchResults({ q, type, page, regionId, lang }: Args): Promise<SearchResults> {
  return searchSite(await payload(), { q, type: (type ?? undefined) as SearchQuery['type'], page, regionId: regionId ?? undefined, lang })
}

// Popular searches repeat; results are public (members-only bodies are never indexed) and expire with
// any content change (same tags as lists) or an edit to the search rows themselves (tags.search).
const cachedSearch = cachedReader('search', findSearchResults, () => [
  tags.search,
  tags.announcements,
  tags.bargainingUpdates,
  tags.campaigns,
  tags.leadership,
  tags.pages,
])

/** Ranked full-text search in one language as an anonymous visitor, cached per query. */
export function getSearchResults(query: SearchQuery, regionId: number | null, lang: Lang): Promise<SearchResults> {
  // Keyed by what decides the results: the language, the normalised terms and the region's id (not its code as typed).
  return cachedSearch({ q: normaliseTerms(query.q), type: query.type ?? null, page: query.page, regionId, lang })
}
