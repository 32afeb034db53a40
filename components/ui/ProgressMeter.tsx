import { describeGoal, progressPercent } from '@/lib/content/campaigns'
import type { Goal } from '@/lib/content/types'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import styles from './ProgressMeter.module.css'

/** A campaign goal as a bar plus words; the bar is decoration, the sentence carries the numbers. */
export function ProgressMeter({ goal, lang }: { goal: Goal; lang: Lang }) {
  const percent = progressPercent(goal)
  return (
    <div className={`${styles.meter} ${percent >= 100 ? styles.done : ''}`}>
      <div className={styles.track} aria-hidden="true">
        <div className={styles.fill} style={{ width: `${percent}%` }} />
      </div>
      <p className={styles.text}>
        <span>{describeGoal(goal, lang)}</span>
        <span className={styles.percent}>
          {percent}%<span className="visually-hidden">{messages(lang).campaigns.goalReached}</span>
        </span>
      </p>
    </div>
  )
}
