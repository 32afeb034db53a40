import Link from 'next/link'

import styles from './BackLink.module.css'

/** "← All news": the way up from a detail page. */
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <Link href={href} className={styles.back} data-print="hide">
      <span aria-hidden="true">←</span> {children}
    </Link>
  )
}
