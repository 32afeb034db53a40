import Link from 'next/link'

import { calendarBadge, formatDayRange, formatDayWithWeekday } from '@/lib/content/format'
import type { NextSession } from '@/lib/content/types'

import styles from './NextSessionCard.module.css'

type Props = { session: NextSession; headingLevel?: 2 | 3; linkToUpdate?: boolean; headingId?: string }

/** The next bargaining date, large enough to read at a glance. */
export function NextSessionCard({ session, headingLevel = 2, linkToUpdate = true, headingId = 'next-session-heading' }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const badge = calendarBadge(session.start)
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      {badge ? (
        <div className={styles.calendar} aria-hidden="true">
          <span className={styles.month}>{badge.month}</span>
          <span className={styles.day}>{badge.day}</span>
        </div>
      ) : null}
      <div className={styles.text}>
        <Heading id={headingId} className={styles.heading}>
          Next bargaining session
        </Heading>
        <p className={styles.date}>
          <time dateTime={session.start.slice(0, 10)}>
            {session.end ? formatDayRange(session.start, session.end) : formatDayWithWeekday(session.start)}
          </time>
        </p>
        <p className={styles.meta}>
          {session.table}
          {session.location ? ` · ${session.location}` : ''}
        </p>
        {linkToUpdate ? (
          <Link href={session.href} className={styles.link}>
            Read the latest update{'\u00a0'}
            <span aria-hidden="true">→</span>
          </Link>
        ) : null}
      </div>
    </section>
  )
}
