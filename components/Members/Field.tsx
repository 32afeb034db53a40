import type { ReactNode } from 'react'

import styles from './Form.module.css'

type Props = { id: string; label: string; error?: string; hint?: string; children: (describedBy: string | undefined) => ReactNode }

/** Label, control, hint and error, with the control described by whichever messages are showing. */
export function Field({ id, label, error, hint, children }: Props) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      {children(ids)}
      {error ? (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
