import type { Metadata } from 'next'

import { SearchForm } from '@/components/Layout/SearchForm'
import { KIND_LABELS, SearchResults } from '@/components/Search/SearchResults'
import { EmptyState } from '@/components/ui/EmptyState'
import { PageHeader } from '@/components/ui/PageHeader'
import { Pagination } from '@/components/ui/Pagination'
import { getRegionByCode } from '@/lib/content/getRegions'
import { getSearchResults } from '@/lib/content/getSearchResults'
import { pageMetadata } from '@/lib/seo/site'
import { searchQuery, type SearchQuery } from '@/lib/schemas/search'

import styles from './search.module.css'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

// Result pages are endless variations of the same content: followed, never indexed.
export function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: 'Search',
    description: 'Search news, bargaining updates, campaigns and pages.',
    path: '/search',
    noindex: true,
  })
}

function searchHref(query: SearchQuery, page: number): string {
  const params = new URLSearchParams({ q: query.q })
  if (query.type) params.set('type', query.type)
  if (query.region) params.set('region', query.region)
  if (page > 1) params.set('page', String(page))
  return `/search?${params.toString()}`
}

export default async function SearchPage({ searchParams }: Props) {
  const parsed = searchQuery.safeParse(await searchParams)
  const query = parsed.success ? parsed.data : null
  const region = query?.region ? await getRegionByCode(query.region) : null
  const results = query?.q ? await getSearchResults(query, region?.id ?? null) : null

  return (
    <div className="container">
      <PageHeader title={query?.q ? `Search: ${query.q}` : 'Search'} />
      <div className={styles.form}>
        <SearchForm id="search-page" defaultValue={query?.q} label="Search news, bargaining updates, campaigns and pages" />
      </div>
      {!parsed.success ? (
        <p className={styles.error} role="alert">
          {parsed.error.issues[0]?.message ?? 'That search could not be read.'}
        </p>
      ) : null}
      {results && query ? (
        results.hits.length > 0 ? (
          <section aria-labelledby="results-heading">
            <h2 id="results-heading" className={styles.count}>
              {results.totalIsCapped ? `More than ${results.total}` : results.total} {results.total === 1 ? 'result' : 'results'}
              {query.type ? ` in ${KIND_LABELS[query.type] ?? query.type}` : ''}
              {region ? ` for ${region.name}` : ''}
            </h2>
            <SearchResults hits={results.hits} />
            <Pagination page={results.page} totalPages={results.pages} hrefFor={(page) => searchHref(query, page)} label="Search result pages" />
          </section>
        ) : (
          <EmptyState>
            <p>Nothing matches “{query.q}”. Try fewer or different words.</p>
          </EmptyState>
        )
      ) : null}
    </div>
  )
}
