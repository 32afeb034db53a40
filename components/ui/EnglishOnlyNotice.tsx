import type { ReactNode } from 'react'

import { INTL_LOCALE, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import styles from './EnglishOnlyNotice.module.css'

/**
 * On the Spanish site, an item without its Spanish text: a short note, then the English text marked
 * lang="en" so screen readers switch voice. Elsewhere it renders its children untouched.
 */
export function EnglishOnlyNotice({ lang, englishOnly, children }: { lang: Lang; englishOnly: boolean; children: ReactNode }) {
  if (!englishOnly) return children
  return (
    <>
      <p className={styles.notice} role="note">
        {messages(lang).common.onlyInEnglish}
      </p>
      <div lang={INTL_LOCALE.en}>{children}</div>
    </>
  )
}
