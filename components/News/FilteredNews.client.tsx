'use client'

import { useSearchParams } from 'next/navigation'
import { useEffect, useState } from 'react'

import type { NewsList } from '@/lib/content/getNewsList'
import { ALL_REGIONS, hasNewsFilters, type NewsFilters, parseNewsFilters } from '@/lib/content/newsFilters'
import type { LocalTag, Region } from '@/lib/content/types'
import { regionFromCookieHeader } from '@/lib/regions/regionCookie'

import { NewsListView } from './NewsListView'
import styles from './NewsPage.module.css'

type Props = { regions: Region[]; locals: LocalTag[]; years: number[] }
type Answer = { filters: NewsFilters; list: NewsList }
type State = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; key: string; answer: Answer; savedCode: string | null }

/** Marks <html> so the static list hides (the head script does the same before the first paint). */
function markFiltered(filtered: boolean) {
  document.documentElement.toggleAttribute('data-news-filtered', filtered)
}

/**
 * A filtered view of /news (?topic=, ?page=…). The page itself is static and shared, so the list for
 * these filters comes from GET /api/news (public, cached on the server) and is drawn here; plain
 * /news shows the static list and this renders nothing.
 */
export function FilteredNews({ regions, locals, years }: Props) {
  const params = useSearchParams()
  const query = params.toString()
  const filtered = hasNewsFilters(params)
  const [state, setState] = useState<State>({ status: 'loading' })

  useEffect(() => {
    markFiltered(filtered)
    if (!filtered) return
    const savedCode = regionFromCookieHeader(document.cookie)
    const filters = parseNewsFilters(Object.fromEntries(new URLSearchParams(query)), savedCode)
    const api = new URLSearchParams({ region: filters.region ?? ALL_REGIONS, page: String(filters.page) })
    if (filters.topic) api.set('topic', filters.topic)
    if (filters.local) api.set('local', String(filters.local))
    if (filters.year) api.set('year', String(filters.year))
    const controller = new AbortController()
    setState({ status: 'loading' })
    fetch(`/api/news?${api.toString()}`, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status))
        setState({ status: 'ready', key: query, answer: (await response.json()) as Answer, savedCode })
      })
      .catch(() => {
        if (!controller.signal.aborted) setState({ status: 'failed' })
      })
    return () => controller.abort()
  }, [filtered, query])

  useEffect(() => () => markFiltered(false), [])

  if (!filtered) return null
  if (state.status === 'ready') {
    // Keyed by the query: the filter form's selects take their defaults again on every new view.
    return <NewsListView key={state.key} {...state.answer} regions={regions} locals={locals} years={years} savedCode={state.savedCode} idSuffix="-filtered" />
  }
  return (
    <div className="container">
      <p className={styles.status} role="status">
        {state.status === 'failed' ? 'We could not load the news just now. Please try again in a minute.' : 'Loading news…'}
      </p>
    </div>
  )
}
