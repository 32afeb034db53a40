import type { Metadata } from 'next'

import { SearchForm } from '@/components/Layout/SearchForm'
import { kindLabel, SearchResults } from '@/components/Search/SearchResults'
import { EmptyState } from '@/components/ui/EmptyState'
import { PageHeader } from '@/components/ui/PageHeader'
import { Pagination } from '@/components/ui/Pagination'
import { formatCount } from '@/lib/content/format'
import { getRegionByCode } from '@/lib/content/getRegions'
import { getSearchResults } from '@/lib/content/getSearchResults'
import { localizedPath, toLang, type Lang } from '@/lib/i18n/languages'
import { messages, messageText } from '@/lib/i18n/messages'
import { pageMetadata } from '@/lib/seo/site'
import { searchQuery, type SearchQuery } from '@/lib/schemas/search'

import styles from './search.module.css'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// Result pages are endless variations of the same content: followed, never indexed.
export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const lang = toLang((await params).lang)
  const t = messages(lang)
  return pageMetadata({ lang, title: t.search.title, description: t.search.description, path: '/search', noindex: true })
}

function searchHref(lang: Lang, query: SearchQuery, page: number): string {
  const params = new URLSearchParams({ q: query.q })
  if (query.type) params.set('type', query.type)
  if (query.region) params.set('region', query.region)
  if (page > 1) params.set('page', String(page))
  return localizedPath(lang, `/search?${params.toString()}`)
}

export default async function SearchPage({ params, searchParams }: Props) {
  const lang = toLang((await params).lang)
  const t = messages(lang)
  const parsed = searchQuery.safeParse(await searchParams)
  const query = parsed.success ? parsed.data : null
  const region = query?.region ? await getRegionByCode(query.region, lang) : null
  const results = query?.q ? await getSearchResults(query, region?.id ?? null, lang) : null
  const issue = parsed.error?.issues[0]?.message

  return (
    <div className="container">
      <PageHeader title={query?.q ? t.search.titleWithQuery(query.q) : t.search.title} />
      <div className={styles.form}>
        <SearchForm id="search-page" lang={lang} defaultValue={query?.q} label={t.search.formLabel} />
      </div>
      {!parsed.success ? (
        <p className={styles.error} role="alert">
          {issue ? messageText(lang, issue) : t.search.unreadable}
        </p>
      ) : null}
      {results && query ? (
        results.hits.length > 0 ? (
          <section aria-labelledby="results-heading">
            <h2 id="results-heading" className={styles.count}>
              {results.totalIsCapped ? t.search.moreThan(formatCount(results.total, lang)) : t.search.resultCount(formatCount(results.total, lang), results.total)}
              {query.type ? t.search.inKind(kindLabel(query.type, lang)) : null}
              {region ? t.search.forRegion(region.name) : null}
            </h2>
            <SearchResults hits={results.hits} lang={lang} />
            <Pagination page={results.page} totalPages={results.pages} hrefFor={(page) => searchHref(lang, query, page)} lang={lang} label={t.search.pagesLabel} />
          </section>
        ) : (
          <EmptyState>
            <p>{t.search.nothing(query.q)}</p>
          </EmptyState>
        )
      ) : null}
    </div>
  )
}
