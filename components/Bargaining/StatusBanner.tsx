import Link from 'next/link'

import { englishText } from '@/components/News/EnglishOnlyMark'
import { DateText } from '@/components/ui/DateText'
import { bargainingStatusLabel } from '@/lib/content/labels'
import type { BargainingSession, BargainingStatus } from '@/lib/content/types'
import { localizedPath, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import styles from './StatusBanner.module.css'

type Tone = 'calm' | 'urgent' | 'settled'

const tone: Record<BargainingStatus, Tone> = {
  preparing: 'calm',
  'in-session': 'calm',
  'proposals-exchanged': 'calm',
  'strike-notice': 'urgent',
  strike: 'urgent',
  'tentative-agreement': 'settled',
  ratified: 'settled',
}

/** Where bargaining stands, from the latest update: the first thing a member wants to know. */
export function StatusBanner({ latest, lang }: { latest: BargainingSession; lang: Lang }) {
  const t = messages(lang)
  return (
    <section className={`${styles.banner} ${styles[tone[latest.status]]}`} aria-labelledby="bargaining-status">
      <p className={styles.label}>{t.bargaining.statusLabel}</p>
      <h2 id="bargaining-status" className={styles.status}>
        {bargainingStatusLabel(latest.status, lang)}
      </h2>
      <p className={styles.detail}>
        {latest.table} · {t.bargaining.latestUpdate}{' '}
        <Link href={localizedPath(lang, latest.href)} className={styles.link} lang={englishText(latest.englishOnly)}>
          {latest.title}
        </Link>
        {latest.publishedAt ? (
          <>
            {' '}
            (<DateText iso={latest.publishedAt} lang={lang} />)
          </>
        ) : null}
      </p>
    </section>
  )
}
