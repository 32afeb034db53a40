'use client'

import { useSearchParams } from 'next/navigation'
import { useEffect, useState } from 'react'

import type { NewsList } from '@/lib/content/getNewsList'
import { ALL_REGIONS, hasNewsFilters, type NewsFilters, parseNewsFilters } from '@/lib/content/newsFilters'
import type { LocalTag, Region } from '@/lib/content/types'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { regionFromCookieHeader } from '@/lib/regions/regionCookie'

import { NewsListView } from './NewsListView'
import styles from './NewsPage.module.css'

type Props = { regions: Region[]; locals: LocalTag[]; years: number[]; lang: Lang }
type Answer = { filters: NewsFilters; list: NewsList }
type State = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; key: string; answer: Answer; savedCode: string | null }

/** Marks <html> so the static list hides (the head script does the same before the first paint). */
function markDrawnHere(drawn: boolean) {
  document.documentElement.toggleAttribute('data-news-client', drawn)
}

/** The saved region, if it is one that exists. */
function savedRegion(regions: Region[]): string | null {
  const code = regionFromCookieHeader(document.cookie)
  return regions.some((region) => region.code === code) ? code : null
}

/**
 * /news for a saved region or with filters (?topic=, ?page=…). The page itself is static, shared and
 * shows every region, so this list comes from GET /api/news (public, cached on the server, one answer
 * per language) and is drawn here; for a visitor with neither, the static list shows and this renders nothing.
 */
export function FilteredNews({ regions, locals, years, lang }: Props) {
  const params = useSearchParams()
  const query = params.toString()
  const filtered = hasNewsFilters(params)
  const [savedCode, setSavedCode] = useState<string | null>(null)
  const [state, setState] = useState<State>({ status: 'loading' })
  const drawn = filtered || savedCode !== null

  // The cookie is read after hydration: the server's HTML knows no visitor.
  useEffect(() => setSavedCode(savedRegion(regions)), [regions])

  useEffect(() => {
    const saved = savedRegion(regions)
    markDrawnHere(filtered || saved !== null)
    if (!filtered && !saved) return
    const filters = parseNewsFilters(Object.fromEntries(new URLSearchParams(query)), saved)
    const api = new URLSearchParams({ region: filters.region ?? ALL_REGIONS, page: String(filters.page), lang })
    if (filters.topic) api.set('topic', filters.topic)
    if (filters.local) api.set('local', String(filters.local))
    if (filters.year) api.set('year', String(filters.year))
    const controller = new AbortController()
    setState({ status: 'loading' })
    fetch(`/api/news?${api.toString()}`, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status))
        setState({ status: 'ready', key: query, answer: (await response.json()) as Answer, savedCode: saved })
      })
      .catch(() => {
        if (!controller.signal.aborted) setState({ status: 'failed' })
      })
    return () => controller.abort()
  }, [filtered, query, regions, lang])

  useEffect(() => () => markDrawnHere(false), [])

  if (!drawn) return null
  if (state.status === 'ready') {
    // Keyed by the query: the filter form's selects take their defaults again on every new view.
    return (
      <NewsListView
        key={state.key}
        {...state.answer}
        regions={regions}
        locals={locals}
        years={years}
        savedCode={state.savedCode}
        lang={lang}
        idSuffix="-filtered"
      />
    )
  }
  const t = messages(lang)
  return (
    <div className="container">
      <p className={styles.status} role="status">
        {state.status === 'failed' ? t.news.loadFailed : t.news.loading}
      </p>
    </div>
  )
}
