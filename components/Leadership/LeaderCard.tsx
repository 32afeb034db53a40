import Link from 'next/link'

import { Badge } from '@/components/ui/Badge'
import { MediaImage } from '@/components/ui/MediaImage'
import { MembersOnlyBadge } from '@/components/ui/MembersOnlyBadge'
import { formatTerm } from '@/lib/content/format'
import type { Leader } from '@/lib/content/types'
import { signInHref } from '@/lib/members/nextPath'

import { LeaderBioPiece } from './LeaderBioPiece.client'
import styles from './LeaderCard.module.css'

/** A current or interim leader; interim is said in words, not only by colour. */
export function LeaderCard({ leader }: { leader: Leader }) {
  const term = formatTerm(leader.termStart, leader.termEnd)
  return (
    <article className={styles.card}>
      {leader.photo ? (
        <div className={styles.photo}>
          <MediaImage picture={leader.photo} variant="thumbnail" sizes="(min-width: 40rem) 10rem, 7rem" />
        </div>
      ) : null}
      <div className={styles.body}>
        {leader.status === 'interim' ? (
          <p className={styles.badge}>
            <Badge tone="warning">Interim</Badge>
          </p>
        ) : null}
        <h3 className={styles.name}>{leader.name}</h3>
        <p className={styles.title}>{leader.title}</p>
        {leader.organisation ? <p className={styles.org}>{leader.organisation}</p> : null}
        {term ? <p className={styles.term}>{term}</p> : null}
        {leader.membersOnly ? (
          <p className={styles.badge}>
            <MembersOnlyBadge />
          </p>
        ) : null}
        {leader.bio ? <p className={styles.bio}>{leader.bio}</p> : null}
        {leader.locked ? (
          <LeaderBioPiece
            slug={leader.slug}
            className={styles.bio}
            notice={
              <p className={styles.bio}>
                <Link href={signInHref('/leadership')}>Sign in</Link> to read more about {leader.name}.
              </p>
            }
          />
        ) : null}
        {leader.quote ? <blockquote className={styles.quote}>{leader.quote}</blockquote> : null}
      </div>
    </article>
  )
}
