import { EnglishOnlyNotice } from '@/components/ui/EnglishOnlyNotice'
import { leaderTerm } from '@/lib/content/leadership'
import type { Leader } from '@/lib/content/types'
import { INTL_LOCALE, type Lang } from '@/lib/i18n/languages'

import styles from './PastLeaders.module.css'

/** Former leaders with their terms, most recent first; one without Spanish text says so above their biography. */
export function PastLeaders({ lang, leaders }: { lang: Lang; leaders: Leader[] }) {
  return (
    <ol className={styles.list}>
      {leaders.map((leader) => {
        const term = leaderTerm(leader, lang)
        return (
          <li key={leader.slug} className={styles.item}>
            <h3 className={styles.name}>{leader.name}</h3>
            <p className={styles.role}>
              <span lang={leader.englishOnly ? INTL_LOCALE.en : undefined}>{leader.title}</span>
              {term ? <span className={styles.term}>{term}</span> : null}
            </p>
            {leader.bio ? (
              <EnglishOnlyNotice lang={lang} englishOnly={leader.englishOnly}>
                <p className={styles.bio}>{leader.bio}</p>
              </EnglishOnlyNotice>
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}
