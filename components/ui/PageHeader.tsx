import type { ReactNode } from 'react'

import styles from './PageHeader.module.css'

type Props = {
  title: string
  kicker?: ReactNode
  lead?: string | null
  children?: ReactNode
  /** The language of the kicker and meta when the title and lead are marked as another (an English-only item on the Spanish site). */
  labelsLang?: string
}

/** The h1 block every page starts with. */
export function PageHeader({ title, kicker, lead, children, labelsLang }: Props) {
  return (
    <header className={styles.header}>
      {kicker ? (
        <span className={styles.kicker} lang={labelsLang}>
          {kicker}
        </span>
      ) : null}
      <h1 className={styles.title}>{title}</h1>
      {lead ? <p className={styles.lead}>{lead}</p> : null}
      {children ? (
        <div className={styles.meta} lang={labelsLang}>
          {children}
        </div>
      ) : null}
    </header>
  )
}
