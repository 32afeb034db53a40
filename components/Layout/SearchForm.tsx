import { localizedPath, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import styles from './SearchForm.module.css'

type Props = { id: string; lang: Lang; defaultValue?: string; label?: string; tone?: 'dark' | 'light' }

/** GET /search?q=…, usable from the header, the 404 page and the search page itself. */
export function SearchForm({ id, lang, defaultValue, label, tone = 'light' }: Props) {
  const t = messages(lang)
  return (
    <form
      role="search"
      method="get"
      action={localizedPath(lang, '/search')}
      aria-labelledby={`${id}-label`}
      className={`${styles.form} ${tone === 'dark' ? styles.dark : ''}`}
    >
      <label id={`${id}-label`} htmlFor={id} className={styles.label}>
        {label ?? t.layout.searchSiteLabel}
      </label>
      <div className={styles.row}>
        <input
          id={id}
          name="q"
          type="search"
          className={styles.input}
          defaultValue={defaultValue}
          maxLength={100}
          autoComplete="off"
          enterKeyHint="search"
        />
        <button type="submit" className={styles.button}>
          {t.layout.searchButton}
        </button>
      </div>
    </form>
  )
}
