'use client'

import { useId, useState, type FormEvent } from 'react'

import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import { Field } from './Field'
import styles from './Form.module.css'
import { useFormSubmit } from './useFormSubmit'

/**
 * A new password for the signed-in member: the current one is asked for (a session left open on a
 * shared computer must not be enough to take the account), and every other session ends.
 */
export function PasswordForm({ lang, memberId }: { lang: Lang; memberId: number }) {
  const t = messages(lang)
  const id = useId()
  const change = useFormSubmit(lang)
  const [mismatch, setMismatch] = useState<string | null>(null)
  const [changed, setChanged] = useState(false)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const data = new FormData(form)
    setChanged(false)
    if (data.get('password') !== data.get('confirm')) {
      setMismatch(t.members.passwordMismatch)
      return
    }
    setMismatch(null)
    // `lang`: the language of the answer (collections/shared/hooks/accountRules.ts); never stored.
    const body = { currentPassword: data.get('currentPassword'), password: data.get('password'), lang }
    const { ok } = await change.submit(`/api/members/${memberId}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    if (ok) form.reset()
    setChanged(ok)
  }

  return (
    <form className={styles.form} method="post" onSubmit={(event) => void onSubmit(event)} noValidate>
      <Field id={`${id}-current`} label={t.members.currentPassword} error={change.fields.currentPassword}>
        {(describedBy) => (
          <input id={`${id}-current`} name="currentPassword" type="password" autoComplete="current-password" required aria-invalid={Boolean(change.fields.currentPassword)} aria-describedby={describedBy} />
        )}
      </Field>
      <Field id={`${id}-new`} label={t.members.newPassword} hint={t.members.newPasswordHint} error={change.fields.password}>
        {(describedBy) => (
          <input id={`${id}-new`} name="password" type="password" autoComplete="new-password" required aria-invalid={Boolean(change.fields.password)} aria-describedby={describedBy} />
        )}
      </Field>
      <Field id={`${id}-confirm`} label={t.members.newPasswordAgain} error={mismatch ?? undefined}>
        {(describedBy) => (
          <input id={`${id}-confirm`} name="confirm" type="password" autoComplete="new-password" required aria-invalid={Boolean(mismatch)} aria-describedby={describedBy} />
        )}
      </Field>
      <button className={styles.button} type="submit" disabled={change.busy}>
        {t.members.changePassword}
      </button>
      <p className={styles.status} role="status" aria-live="polite">
        {changed ? t.members.passwordChanged : change.status}
      </p>
    </form>
  )
}
