import type { KeyIssue } from '@/lib/content/types'

import styles from './KeyIssues.module.css'

export function KeyIssues({ issues }: { issues: KeyIssue[] }) {
  if (issues.length === 0) return null
  return (
    <ol className={styles.list}>
      {issues.map((item) => (
        <li key={item.issue} className={styles.item}>
          <strong className={styles.issue}>{item.issue}</strong>
          {item.detail ? <span className={styles.detail}>{item.detail}</span> : null}
        </li>
      ))}
    </ol>
  )
}
