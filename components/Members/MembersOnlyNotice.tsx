import { ButtonLink } from '@/components/ui/Button'
import { MembersOnlyBadge } from '@/components/ui/MembersOnlyBadge'
import { signInHref } from '@/lib/members/nextPath'

import styles from './MembersOnlyNotice.module.css'

/** In place of a members-only body: what it is and how to get in, returning here after sign-in. */
export function MembersOnlyNotice({ path, what = 'update' }: { path: string; what?: string }) {
  return (
    <section className={styles.notice} aria-labelledby="members-only-heading">
      <MembersOnlyBadge />
      <h2 id="members-only-heading" className={styles.title}>
        Sign in to read the full {what}
      </h2>
      <p>This {what} is for members of the coalition’s unions. Sign in and you will come straight back here; new to the portal? Sign up in a minute.</p>
      <div className={styles.actions}>
        <ButtonLink href={signInHref(path)} variant="accent">
          Sign in
        </ButtonLink>
        <ButtonLink href="/signup" variant="secondary">
          Sign up
        </ButtonLink>
      </div>
    </section>
  )
}
