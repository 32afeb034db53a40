'use client'

import { useEffect, useState } from 'react'

import { languageCookie } from '@/lib/i18n/languageScript'
import { INTL_LOCALE, localizedPath, pagePath, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { hasSignedInHint } from '@/lib/members/sessionHint'

import styles from './Header.module.css'

/** Where a signed-in member's choice is kept (collections/Members: preferredLanguage). */
export const LANGUAGE_PREFERENCE_PATH = '/api/members/language'

/**
 * The same page in the other language. Rendered as a link to the other language's home (the page is
 * static and shared), then pointed at this very page once the browser knows its address. Following it
 * saves the choice: a cookie for everyone, and the member's profile when signed in.
 */
export function LanguageSwitch({ lang }: { lang: Lang }) {
  const other: Lang = lang === 'en' ? 'es' : 'en'
  const t = messages(lang)
  const [href, setHref] = useState(localizedPath(other, '/'))
  useEffect(() => {
    setHref(`${localizedPath(other, pagePath(window.location.pathname))}${window.location.search}`)
  }, [other])

  const remember = () => {
    document.cookie = languageCookie(other)
    if (!hasSignedInHint(document.cookie)) return
    void fetch(LANGUAGE_PREFERENCE_PATH, {
      method: 'POST',
      credentials: 'same-origin',
      keepalive: true,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ language: other }),
    }).catch(() => undefined)
  }

  return (
    <a href={href} hrefLang={INTL_LOCALE[other]} className={styles.languageSwitch} onClick={remember}>
      <span className="visually-hidden">{t.layout.languageLabel}: </span>
      <span lang={INTL_LOCALE[other]} title={t.layout.switchToHint}>
        {t.layout.switchTo}
      </span>
    </a>
  )
}
