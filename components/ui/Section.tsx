import Link from 'next/link'
import type { ReactNode } from 'react'

import styles from './Section.module.css'

type Props = {
  /** Used for the heading id, so the region is named by its heading. */
  id: string
  title: string
  more?: { href: string; label: string }
  children: ReactNode
}

/** A titled part of a page, with an optional "see all" link. */
export function Section({ id, title, more, children }: Props) {
  const headingId = `${id}-heading`
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <div className={styles.head}>
        <h2 id={headingId} className={styles.title}>
          {title}
        </h2>
        {more ? (
          <Link href={more.href} className={styles.more} data-print="hide">
            {more.label} <span aria-hidden="true">→</span>
          </Link>
        ) : null}
      </div>
      {children}
    </section>
  )
}
