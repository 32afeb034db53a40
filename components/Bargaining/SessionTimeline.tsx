import Link from 'next/link'

import { EnglishOnlyMark, englishText } from '@/components/News/EnglishOnlyMark'
import { Badge } from '@/components/ui/Badge'
import { MembersOnlyBadge } from '@/components/ui/MembersOnlyBadge'
import { formatDayRange } from '@/lib/content/format'
import { authoredByLabel, bargainingStatusLabel } from '@/lib/content/labels'
import type { SessionTable } from '@/lib/content/bargaining'
import { localizedPath, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import styles from './SessionTimeline.module.css'

/** Each bargaining table with its sessions, newest first. */
export function SessionTimeline({ tables, lang }: { tables: SessionTable[]; lang: Lang }) {
  const t = messages(lang)
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
                  {session.sessionNumber ? <strong>{t.bargaining.session(session.sessionNumber)}</strong> : null}
                  {session.sessionStart ? (
                    <time dateTime={session.sessionStart.slice(0, 10)}>{formatDayRange(session.sessionStart, session.sessionEnd, lang)}</time>
                  ) : (
                    <span>{t.bargaining.dateToBeAnnounced}</span>
                  )}
                </p>
                <h4 className={styles.title} lang={englishText(session.englishOnly)}>
                  <Link href={localizedPath(lang, session.href)}>{session.title}</Link>
                </h4>
                <p className={styles.badges}>
                  <Badge tone="brand">{bargainingStatusLabel(session.status, lang)}</Badge>
                  {session.membersOnly ? <MembersOnlyBadge lang={lang} /> : null}
                  {session.authoredBy !== 'coalition' ? <Badge>{t.bargaining.from(authoredByLabel(session.authoredBy, lang))}</Badge> : null}
                  <EnglishOnlyMark lang={lang} englishOnly={session.englishOnly} />
                  {session.location ? <span className={styles.location}>{session.location}</span> : null}
                </p>
                {session.summary ? (
                  <p className={styles.summary} lang={englishText(session.englishOnly)}>
                    {session.summary}
                  </p>
                ) : null}
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
