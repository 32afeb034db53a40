import Link from 'next/link'

import { pageWindow } from '@/lib/content/newsFilters'

import styles from './Pagination.module.css'

type Props = { page: number; totalPages: number; hrefFor: (page: number) => string; label?: string }

/** Real links to each page (`?page=2`), so paging works without JavaScript and pages can be shared. */
export function Pagination({ page, totalPages, hrefFor, label = 'Pages' }: Props) {
  if (totalPages <= 1) return null
  return (
    <nav className={styles.nav} aria-label={label} data-print="hide">
      <ul className={styles.list}>
        {page > 1 ? (
          <li>
            <Link className={styles.link} href={hrefFor(page - 1)} rel="prev">
              <span aria-hidden="true">←</span> Previous
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
                  <span className="visually-hidden">Page </span>
                  {number}
                </span>
              ) : (
                <Link className={styles.link} href={hrefFor(number)}>
                  <span className="visually-hidden">Page </span>
                  {number}
                </Link>
              )}
            </li>
          ),
        )}
        {page < totalPages ? (
          <li>
            <Link className={styles.link} href={hrefFor(page + 1)} rel="next">
              Next <span aria-hidden="true">→</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
