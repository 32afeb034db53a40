import { formatTerm } from '@/lib/content/format'
import type { Leader } from '@/lib/content/types'

import styles from './PastLeaders.module.css'

/** Former leaders with their terms, most recent first. */
export function PastLeaders({ leaders }: { leaders: Leader[] }) {
  return (
    <ol className={styles.list}>
      {leaders.map((leader) => {
        const term = formatTerm(leader.termStart, leader.termEnd)
        return (
          <li key={leader.slug} className={styles.item}>
            <h3 className={styles.name}>{leader.name}</h3>
            <p className={styles.role}>
              {leader.title}
              {term ? <span className={styles.term}>{term}</span> : null}
            </p>
            {leader.bio ? <p className={styles.bio}>{leader.bio}</p> : null}
          </li>
        )
      })}
    </ol>
  )
}
