'use client'

import Link from 'next/link'

import { localizedPath } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import styles from './error.module.css'
import { usePageLanguage } from './InPageLanguage.client'

type Props = { error: unknown; retry: () => void }

/** Never shows the error itself (the server logs it); only the reference a member can quote. */
export default function ErrorPage({ error, retry }: Props) {
  const lang = usePageLanguage()
  const t = messages(lang)
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null
  return (
    <div className={`container ${styles.box}`}>
      <h1>{t.errors.errorHeading}</h1>
      <p>{t.errors.errorText}</p>
      <p className={styles.actions}>
        <button type="button" onClick={() => retry()} className={styles.retry}>
          {t.errors.retry}
        </button>
        <Link href={localizedPath(lang, '/')}>{t.errors.goHome}</Link>
      </p>
      {digest ? <p className={styles.reference}>{t.errors.reference(digest)}</p> : null}
    </div>
  )
}
