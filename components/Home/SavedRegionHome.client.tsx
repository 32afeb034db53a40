'use client'

import { useEffect, useState } from 'react'

import type { HomeContent } from '@/lib/content/getHome'
import type { Region, SiteInfo } from '@/lib/content/types'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { regionFromCookieHeader } from '@/lib/regions/regionCookie'

import { HomeView } from './HomeView'
import styles from './HomeView.module.css'

type State = { status: 'loading' } | { status: 'none' } | { status: 'ready'; region: Region; content: HomeContent }

/**
 * The home page for a saved region. The page is static and shows every region; when the browser has
 * a saved region (the head script marks <html data-region> before the first paint, which hides the
 * all-regions view), this asks GET /api/home for that region, in the page's language, and draws it.
 * Any failure falls back to the all-regions view.
 */
export function SavedRegionHome({ site, lang }: { site: SiteInfo; lang: Lang }) {
  const [state, setState] = useState<State>({ status: 'loading' })

  useEffect(() => {
    const code = document.documentElement.getAttribute('data-region') ?? regionFromCookieHeader(document.cookie)
    const showAll = () => {
      document.documentElement.removeAttribute('data-region')
      setState({ status: 'none' })
    }
    if (!code) return showAll()
    const controller = new AbortController()
    fetch(`/api/home?${new URLSearchParams({ region: code, lang }).toString()}`, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status))
        const answer = (await response.json()) as { region: Region; content: HomeContent }
        setState({ status: 'ready', ...answer })
      })
      .catch(() => {
        if (!controller.signal.aborted) showAll()
      })
    return () => controller.abort()
  }, [lang])

  if (state.status === 'none') return null
  return (
    <div className={styles.savedRegion}>
      {state.status === 'ready' ? (
        <HomeView site={site} region={state.region} content={state.content} lang={lang} />
      ) : (
        <div className="container">
          <p className={styles.loading} role="status">
            {messages(lang).home.loadingRegion}
          </p>
        </div>
      )}
    </div>
  )
}
