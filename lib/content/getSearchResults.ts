import { cache } from 'react'

import type { SearchQuery } from '@/lib/schemas/search'
import { searchSite, type SearchResults } from '@/lib/search/searchSite'

import { payload } from './payload'

/** Ranked full-text search as an anonymous visitor; per query, so shared only within one render. */
export const getSearchResults = cache(async (query: SearchQuery, regionId: number | null): Promise<SearchResults> =>
  searchSite(await payload(), { ...query, regionId: regionId ?? undefined }),
)
