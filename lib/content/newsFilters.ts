import { isTopic } from './labels'

export const NEWS_PAGE_SIZE = 12

export type NewsFilters = {
  /** Region code; null = every region. */
  region: string | null
  topic: string | null
  local: number | null
  year: number | null
  page: number
}

/** Query parameters that make /news a filtered view (rendered in the browser; plain /news is static). */
export const NEWS_FILTER_KEYS = ['region', 'topic', 'local', 'year', 'page'] as const

export function hasNewsFilters(params: URLSearchParams): boolean {
  return NEWS_FILTER_KEYS.some((key) => params.has(key))
}

/** The value of the region filter that overrides a saved region and shows everything. */
export const ALL_REGIONS = 'all'

type SearchParams = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || null

function positiveInt(value: string | null, max: number): number | null {
  if (!value || !/^\d{1,9}$/.test(value)) return null
  const number = Number(value)
  return number >= 1 && number <= max ? number : null
}

/**
 * Reads /news filters from the query string, ignoring anything malformed. An explicit `region`
 * wins over the visitor's saved region; `region=all` clears it for this view.
 */
export function parseNewsFilters(params: SearchParams, savedRegion: string | null): NewsFilters {
  const region = first(params.region)
  const topic = first(params.topic)
  const year = positiveInt(first(params.year), 9999)
  return {
    region: region === ALL_REGIONS ? null : region && /^[a-z][a-z0-9-]{1,15}$/.test(region) ? region : savedRegion,
    topic: isTopic(topic) ? topic : null,
    local: positiveInt(first(params.local), 2_147_483_647),
    year: year && year >= 1900 ? year : null,
    page: positiveInt(first(params.page), 10_000) ?? 1,
  }
}

/**
 * The /news address for these filters. The region is always written out (or `all`) when it differs
 * from the saved one, so a shared link shows the same list to someone with another saved region.
 */
export function newsHref(filters: NewsFilters, savedRegion: string | null): string {
  const query = new URLSearchParams()
  if (filters.region !== savedRegion) query.set('region', filters.region ?? ALL_REGIONS)
  if (filters.topic) query.set('topic', filters.topic)
  if (filters.local) query.set('local', String(filters.local))
  if (filters.year) query.set('year', String(filters.year))
  if (filters.page > 1) query.set('page', String(filters.page))
  const text = query.toString()
  return text ? `/news?${text}` : '/news'
}

/** Page numbers to link, with null for a gap: 1 … 4 5 6 … 12. */
export function pageWindow(current: number, total: number, radius = 1): Array<number | null> {
  if (total <= 1) return total === 1 ? [1] : []
  const pages = new Set([1, total])
  for (let page = current - radius; page <= current + radius; page++) {
    if (page >= 1 && page <= total) pages.add(page)
  }
  const sorted = [...pages].sort((a, b) => a - b)
  return sorted.flatMap((page, index) => {
    const previous = sorted[index - 1]
    if (previous === undefined || page === previous + 1) return [page]
    return page === previous + 2 ? [previous + 1, page] : [null, page]
  })
}

/** Calendar years from the newest to the oldest, for the year filter. */
export function yearRange(newest: number | null, oldest: number | null): number[] {
  if (!newest || !oldest || oldest > newest) return newest ? [newest] : []
  return Array.from({ length: Math.min(newest - oldest + 1, 100) }, (_, index) => newest - index)
}
