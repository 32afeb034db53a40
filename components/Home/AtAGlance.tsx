import Link from 'next/link'

import { formatCount } from '@/lib/content/format'
import type { SiteInfo } from '@/lib/content/types'
import { localizedPath, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import styles from './AtAGlance.module.css'

/** The coalition in three numbers, from the site settings. */
export function AtAGlance({ site, lang, headingId = 'at-a-glance' }: { site: SiteInfo; lang: Lang; headingId?: string }) {
  const t = messages(lang)
  const facts = [
    site.memberCount ? { key: 'members', value: formatCount(site.memberCount, lang), label: t.home.factMembers } : null,
    site.localCount ? { key: 'locals', value: formatCount(site.localCount, lang), label: t.home.factLocals } : null,
    site.foundedYear ? { key: 'since', value: String(site.foundedYear), label: t.home.factSince } : null,
  ].filter((fact): fact is { key: string; value: string; label: string } => fact !== null)
  if (facts.length === 0) return null
  return (
    <section className={styles.box} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t.home.atAGlanceHeading}
      </h2>
      <dl className={styles.facts}>
        {facts.map((fact) => (
          <div key={fact.key} className={styles.fact}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <p className={styles.links}>
        <Link href={localizedPath(lang, '/leadership')}>{t.home.ourLeaders}</Link>
        <Link href={localizedPath(lang, '/contact')}>{t.home.contactUs}</Link>
      </p>
    </section>
  )
}
