import Link from 'next/link'

import { Badge } from '@/components/ui/Badge'
import { MembersOnlyBadge } from '@/components/ui/MembersOnlyBadge'
import { formatDayRange } from '@/lib/content/format'
import { authoredByLabel, bargainingStatusLabel } from '@/lib/content/labels'
import type { SessionTable } from '@/lib/content/bargaining'

import styles from './SessionTimeline.module.css'

/** Each bargaining table with its sessions, newest first. */
export function SessionTimeline({ tables }: { tables: SessionTable[] }) {
  return (
    <div className={styles.tables}>
      {tables.map((group) => (
        <section key={group.table} aria-labelledby={`table-${slugPart(group.table)}`} className={styles.table}>
          <h3 id={`table-${slugPart(group.table)}`} className={styles.tableName}>
            {group.table}
          </h3>
          <ol className={styles.timeline}>
            {group.sessions.map((session) => (
              <li key={session.slug} className={styles.session}>
                <p className={styles.when}>
                  {session.sessionNumber ? <strong>Session {session.sessionNumber}</strong> : null}
                  {session.sessionStart ? (
                    <time dateTime={session.sessionStart.slice(0, 10)}>{formatDayRange(session.sessionStart, session.sessionEnd)}</time>
                  ) : (
                    <span>Date to be announced</span>
                  )}
                </p>
                <h4 className={styles.title}>
                  <Link href={session.href}>{session.title}</Link>
                </h4>
                <p className={styles.badges}>
                  <Badge tone="brand">{bargainingStatusLabel(session.status)}</Badge>
                  {session.membersOnly ? <MembersOnlyBadge /> : null}
                  {session.authoredBy !== 'coalition' ? <Badge>From: {authoredByLabel(session.authoredBy)}</Badge> : null}
                  {session.location ? <span className={styles.location}>{session.location}</span> : null}
                </p>
                {session.summary ? <p className={styles.summary}>{session.summary}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  )
}

function slugPart(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
}
