'use client'

import Link from 'next/link'

import styles from './error.module.css'

type Props = { error: unknown; retry: () => void }

/** Never shows the error itself (the server logs it); only the reference a member can quote. */
export default function ErrorPage({ error, retry }: Props) {
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null
  return (
    <div className={`container ${styles.box}`}>
      <h1>Something went wrong</h1>
      <p>This page could not load just now. It is not something you did. Please try again in a moment.</p>
      <p className={styles.actions}>
        <button type="button" onClick={() => retry()} className={styles.retry}>
          Try again
        </button>
        <Link href="/">Go to the home page</Link>
      </p>
      {digest ? <p className={styles.reference}>Reference: {digest}</p> : null}
    </div>
  )
}
