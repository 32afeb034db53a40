import Link from 'next/link'

import { DateText } from '@/components/ui/DateText'
import { bargainingStatusLabel } from '@/lib/content/labels'
import type { BargainingSession, BargainingStatus } from '@/lib/content/types'

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
export function StatusBanner({ latest }: { latest: BargainingSession }) {
  return (
    <section className={`${styles.banner} ${styles[tone[latest.status]]}`} aria-labelledby="bargaining-status">
      <p className={styles.label}>Bargaining status</p>
      <h2 id="bargaining-status" className={styles.status}>
        {bargainingStatusLabel(latest.status)}
      </h2>
      <p className={styles.detail}>
        {latest.table} · latest update{' '}
        <Link href={latest.href} className={styles.link}>
          {latest.title}
        </Link>
        {latest.publishedAt ? (
          <>
            {' '}
            (<DateText iso={latest.publishedAt} />)
          </>
        ) : null}
      </p>
    </section>
  )
}
