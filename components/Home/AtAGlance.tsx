import Link from 'next/link'

import { formatCount } from '@/lib/content/format'
import type { SiteInfo } from '@/lib/content/types'

import styles from './AtAGlance.module.css'

/** The coalition in three numbers, from the site settings. */
export function AtAGlance({ site, headingId = 'at-a-glance' }: { site: SiteInfo; headingId?: string }) {
  const facts = [
    site.memberCount ? { value: formatCount(site.memberCount), label: 'members' } : null,
    site.localCount ? { value: String(site.localCount), label: 'local unions' } : null,
    site.foundedYear ? { value: String(site.foundedYear), label: 'standing together since' } : null,
  ].filter((fact): fact is { value: string; label: string } => fact !== null)
  if (facts.length === 0) return null
  return (
    <section className={styles.box} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Our coalition
      </h2>
      <dl className={styles.facts}>
        {facts.map((fact) => (
          <div key={fact.label} className={styles.fact}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <p className={styles.links}>
        <Link href="/leadership">Our leaders</Link>
        <Link href="/contact">Contact us</Link>
      </p>
    </section>
  )
}
