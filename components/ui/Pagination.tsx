import Link from 'next/link'

import { pageWindow } from '@/lib/content/newsFilters'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import styles from './Pagination.module.css'

/** hrefFor gives each page's address, already in the reader's language. */
type Props = { page: number; totalPages: number; hrefFor: (page: number) => string; lang: Lang; label?: string }

/** Real links to each page (`?page=2`), so paging works without JavaScript and pages can be shared. */
export function Pagination({ page, totalPages, hrefFor, lang, label }: Props) {
  if (totalPages <= 1) return null
  const t = messages(lang)
  return (
    <nav className={styles.nav} aria-label={label ?? t.news.pagesLabel} data-print="hide">
      <ul className={styles.list}>
        {page > 1 ? (
          <li>
            <Link className={styles.link} href={hrefFor(page - 1)} rel="prev">
              <span aria-hidden="true">←</span> {t.news.previousPage}
            </Link>
          </li>
        ) : null}
        {pageWindow(page, totalPages).map((number, index) =>
          number === null ? (
            <li key={`gap-${index}`} className={styles.gap} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={number}>
              {number === page ? (
                <span className={styles.current} aria-current="page">
                  <span className="visually-hidden">{t.news.pageNumber}</span>
                  {number}
                </span>
              ) : (
                <Link className={styles.link} href={hrefFor(number)}>
                  <span className="visually-hidden">{t.news.pageNumber}</span>
                  {number}
                </Link>
              )}
            </li>
          ),
        )}
        {page < totalPages ? (
          <li>
            <Link className={styles.link} href={hrefFor(page + 1)} rel="next">
              {t.news.nextPage} <span aria-hidden="true">→</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
