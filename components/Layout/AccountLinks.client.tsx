'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { useEffect, useState } from 'react'

import { localizedPath, pagePath, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { hasSignedInHint, SESSION_PATH, SIGN_OUT_PATH } from '@/lib/members/sessionHint'

import styles from './Header.module.css'

/** The signed-in member's first name, or null for visitors (and staff, who have /admin). */
async function fetchFirstName(signal: AbortSignal): Promise<string | null> {
  if (!hasSignedInHint(document.cookie)) return null
  try {
    const response = await fetch(SESSION_PATH, { cache: 'no-store', credentials: 'same-origin', signal })
    const body: unknown = response.ok ? await response.json() : null
    const firstName = body && typeof body === 'object' && 'firstName' in body ? body.firstName : null
    return typeof firstName === 'string' && firstName ? firstName : null
  } catch {
    return null
  }
}

/**
 * The header is static and cached for everyone, so it always renders "Sign in / Join"; only a browser
 * with the signed-in hint cookie asks the server (no-store) who it is and switches to the member's
 * name, Account and Sign out. Visitors make no request. Account is a plain link (a full page load of a
 * no-store page), and sign-out a plain form, so history never holds a cached account page.
 */
export function AccountLinks({ lang }: { lang: Lang }) {
  const t = messages(lang)
  const pathname = usePathname()
  const [firstName, setFirstName] = useState<string | null>(null)
  const [here, setHere] = useState<string | null>(null)

  useEffect(() => {
    setHere(`${window.location.pathname}${window.location.search}`)
  }, [pathname])

  useEffect(() => {
    const controller = new AbortController()
    const check = async () => {
      const name = await fetchFirstName(controller.signal)
      if (!controller.signal.aborted) setFirstName(name)
    }
    // A page restored from the back/forward cache may predate a sign-out (or sign-in) elsewhere.
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) void check()
    }
    void check()
    window.addEventListener('pageshow', onPageShow)
    return () => {
      controller.abort()
      window.removeEventListener('pageshow', onPageShow)
    }
  }, [])

  if (!firstName) {
    // Back to this page after signing in; from the sign-in and sign-up pages themselves, the default.
    const signInPath = localizedPath(lang, '/signin')
    const signIn = here && !/^\/sign(in|up)\b/.test(pagePath(here)) ? `${signInPath}?next=${encodeURIComponent(here)}` : signInPath
    return (
      <nav className={styles.account} aria-label={t.layout.accountNavLabel}>
        <a href={signIn} className={styles.accountLink}>
          {t.layout.signIn}
        </a>
        <Link href={localizedPath(lang, '/signup')} className={`${styles.accountLink} ${styles.join}`}>
          {t.layout.join}
        </Link>
      </nav>
    )
  }
  return (
    <nav className={`${styles.account} ${styles.signedIn}`} aria-label={t.layout.accountNavLabel}>
      <p className={styles.accountName}>
        <span className="visually-hidden">{t.layout.signedInAs}</span>
        <span>{firstName}</span>
      </p>
      {/* A plain link: a full load of the no-store page, never a router-cached copy. */}
      <a href={localizedPath(lang, '/account')} className={styles.accountLink} aria-current={pagePath(pathname ?? '') === '/account' ? 'page' : undefined}>
        {t.layout.account}
      </a>
      <form method="post" action={SIGN_OUT_PATH} className={styles.signOutForm}>
        <input type="hidden" name="next" value={here ?? '/'} />
        <button type="submit" className={styles.accountLink}>
          {t.layout.signOut}
        </button>
      </form>
    </nav>
  )
}
