'use client'

import { useParams } from 'next/navigation'
import type { ReactNode } from 'react'

import { toLang, type Lang } from '@/lib/i18n/languages'

/** The language of the page being shown, from its `[lang]` segment: for files Next gives no params (not-found, error). */
export function usePageLanguage(): Lang {
  return toLang(useParams<{ lang?: string }>()?.lang)
}

/**
 * Shows the version for the page's language. not-found.tsx receives no params, so it renders every
 * language's version on the server (staying static) and this picks one in place.
 */
export function InPageLanguage(versions: Record<Lang, ReactNode>) {
  return <>{versions[usePageLanguage()]}</>
}
