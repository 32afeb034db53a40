import Link from 'next/link'

import { calendarBadge, formatDayRange, formatDayWithWeekday } from '@/lib/content/format'
import type { NextSession } from '@/lib/content/types'
import { localizedPath, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import styles from './NextSessionCard.module.css'

type Props = { session: NextSession; lang: Lang; headingLevel?: 2 | 3; linkToUpdate?: boolean; headingId?: string }

/** The next bargaining date, large enough to read at a glance. */
export function NextSessionCard({ session, lang, headingLevel = 2, linkToUpdate = true, headingId = 'next-session-heading' }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const t = messages(lang)
  const badge = calendarBadge(session.start, lang)
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
          {t.bargaining.nextSession}
        </Heading>
        <p className={styles.date}>
          <time dateTime={session.start.slice(0, 10)}>
            {session.end ? formatDayRange(session.start, session.end, lang) : formatDayWithWeekday(session.start, lang)}
          </time>
        </p>
        <p className={styles.meta}>
          {session.table}
          {session.location ? ` · ${session.location}` : ''}
        </p>
        {linkToUpdate ? (
          <Link href={localizedPath(lang, session.href)} className={styles.link}>
            {t.bargaining.readLatest}
            {'\u00a0'}
            <span aria-hidden="true">→</span>
          </Link>
        ) : null}
      </div>
    </section>
  )
}
