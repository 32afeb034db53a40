import { formatDay } from '@/lib/content/format'
import type { Milestone } from '@/lib/content/types'
import type { Lang } from '@/lib/i18n/languages'

import styles from './Timeline.module.css'

type Props = { id: string; heading: string | null; milestones: Milestone[]; lang: Lang }

/** Milestones in year order, the year large in the margin. */
export function Timeline({ id, heading, milestones, lang }: Props) {
  const headingId = `timeline-${id}`
  return (
    <section className={styles.timeline} aria-labelledby={heading ? headingId : undefined}>
      {heading ? <h2 id={headingId}>{heading}</h2> : null}
      <ol className={styles.list}>
        {milestones.map((milestone) => (
          <li key={`${milestone.year}-${milestone.title}`} className={styles.item}>
            <p className={styles.year}>
              {milestone.date ? <time dateTime={milestone.date.slice(0, 10)}>{milestone.year}</time> : milestone.year}
            </p>
            <div className={styles.body}>
              <h3 className={styles.title}>{milestone.title}</h3>
              {milestone.date ? <p className={styles.date}>{formatDay(milestone.date, lang)}</p> : null}
              {milestone.description ? <p className={styles.description}>{milestone.description}</p> : null}
            </div>
          </li>
        ))}
      </ol>
    </section>
  )
}
