'use client'

// Replaces the root layout when it fails itself, so it brings its own document and plain styles
// (the site's stylesheet may be what failed). Never shows the error; the server logged it.

import { useSyncExternalStore } from 'react'

import { INTL_LOCALE, localizedPath, langOfPath, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

type Props = { error: unknown; retry: () => void }

const page = {
  margin: 0,
  minHeight: '100vh',
  display: 'grid',
  placeItems: 'center',
  padding: '2rem 1rem',
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  fontSize: '1.0625rem',
  lineHeight: 1.6,
  color: '#17141f',
  background: '#ffffff',
} as const

const unchanging = () => () => undefined

/** No layout and no params here: the language is the address's (/es/… is Spanish); English on the server. */
function useAddressLanguage(): Lang {
  return useSyncExternalStore(
    unchanging,
    () => langOfPath(window.location.pathname),
    () => 'en',
  )
}

export default function GlobalError({ error, retry }: Props) {
  const lang = useAddressLanguage()
  const t = messages(lang)
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null
  return (
    <html lang={INTL_LOCALE[lang]}>
      <head>
        <title>{t.errors.errorHeading}</title>
        <meta name="robots" content="noindex" />
      </head>
      <body style={page}>
        <main style={{ maxWidth: '36rem' }}>
          <h1 style={{ fontSize: '1.75rem', lineHeight: 1.2, margin: '0 0 1rem' }}>{t.errors.errorHeading}</h1>
          <p>{t.errors.globalErrorText}</p>
          <p style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', alignItems: 'center' }}>
            <button
              type="button"
              onClick={() => retry()}
              style={{ font: 'inherit', fontWeight: 700, padding: '0.5rem 1rem', color: '#ffffff', background: '#4a1a7e', border: 0, borderRadius: '0.5rem', cursor: 'pointer' }}
            >
              {t.errors.retry}
            </button>
            {/* A plain link, not next/link: a full page load gets a fresh document if the app itself is broken. */}
            <a href={localizedPath(lang, '/')} style={{ color: '#4a1a7e', fontWeight: 700 }}>
              {t.errors.goHome}
            </a>
          </p>
          {digest ? <p style={{ color: '#4d4858', fontSize: '0.9375rem' }}>{t.errors.reference(digest)}</p> : null}
        </main>
      </body>
    </html>
  )
}
