'use client'

import { useId, useState, type FormEvent } from 'react'

import { Field } from './Field'
import styles from './Form.module.css'
import { useFormSubmit } from './useFormSubmit'

/**
 * A new password for the signed-in member: the current one is asked for (a session left open on a
 * shared computer must not be enough to take the account), and every other session ends.
 */
export function PasswordForm({ memberId }: { memberId: number }) {
  const id = useId()
  const change = useFormSubmit()
  const [mismatch, setMismatch] = useState<string | null>(null)
  const [changed, setChanged] = useState(false)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const data = new FormData(form)
    setChanged(false)
    if (data.get('password') !== data.get('confirm')) {
      setMismatch('The two new passwords are not the same')
      return
    }
    setMismatch(null)
    const body = { currentPassword: data.get('currentPassword'), password: data.get('password') }
    const { ok } = await change.submit(`/api/members/${memberId}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    if (ok) form.reset()
    setChanged(ok)
  }

  return (
    <form className={styles.form} method="post" onSubmit={(event) => void onSubmit(event)} noValidate>
      <Field id={`${id}-current`} label="Current password" error={change.fields.currentPassword}>
        {(describedBy) => (
          <input id={`${id}-current`} name="currentPassword" type="password" autoComplete="current-password" required aria-invalid={Boolean(change.fields.currentPassword)} aria-describedby={describedBy} />
        )}
      </Field>
      <Field id={`${id}-new`} label="New password" hint="At least 10 characters." error={change.fields.password}>
        {(describedBy) => (
          <input id={`${id}-new`} name="password" type="password" autoComplete="new-password" required aria-invalid={Boolean(change.fields.password)} aria-describedby={describedBy} />
        )}
      </Field>
      <Field id={`${id}-confirm`} label="New password again" error={mismatch ?? undefined}>
        {(describedBy) => (
          <input id={`${id}-confirm`} name="confirm" type="password" autoComplete="new-password" required aria-invalid={Boolean(mismatch)} aria-describedby={describedBy} />
        )}
      </Field>
      <button className={styles.button} type="submit" disabled={change.busy}>
        Change password
      </button>
      <p className={styles.status} role="status" aria-live="polite">
        {changed ? 'Your password is changed. Other browsers signed in to your account have to sign in again.' : change.status}
      </p>
    </form>
  )
}
