import type { ReactNode } from 'react'

import styles from './Badge.module.css'

export type Tone = 'neutral' | 'brand' | 'success' | 'danger' | 'info' | 'warning'

export function Badge({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`${styles.badge} ${styles[tone]}`}>{children}</span>
}

/** A labelled list of badges, e.g. the regions an item is for. */
export function BadgeList({ label, items, tone }: { label: string; items: Array<{ key: string; text: string }>; tone?: Tone }) {
  if (items.length === 0) return null
  return (
    <ul className={styles.list} aria-label={label}>
      {items.map((item) => (
        <li key={item.key}>
          <Badge tone={tone}>{item.text}</Badge>
        </li>
      ))}
    </ul>
  )
}
