import type { ReactNode } from 'react'

import styles from './PageHeader.module.css'

type Props = { title: string; kicker?: ReactNode; lead?: string | null; children?: ReactNode }

/** The h1 block every page starts with. */
export function PageHeader({ title, kicker, lead, children }: Props) {
  return (
    <header className={styles.header}>
      {kicker ? <span className={styles.kicker}>{kicker}</span> : null}
      <h1 className={styles.title}>{title}</h1>
      {lead ? <p className={styles.lead}>{lead}</p> : null}
      {children ? <div className={styles.meta}>{children}</div> : null}
    </header>
  )
}
