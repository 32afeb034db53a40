'use client'

import { useId, type FormEvent } from 'react'

import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import { Field } from './Field'
import styles from './Form.module.css'
import { useFormSubmit } from './useFormSubmit'

const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

/** Two ways in: an e-mailed single-use link (no password to remember) or the password; both return to `next`. */
export function SignInForm({ lang, next }: { lang: Lang; next: string }) {
  const t = messages(lang)
  const id = useId()
  const link = useFormSubmit(lang)
  const password = useFormSubmit(lang)

  async function onLink(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    await link.submit('/api/members/magic-link', json({ email: new FormData(event.currentTarget).get('email'), next, lang }))
  }

  async function onPassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const { ok } = await password.submit('/api/members/login', json({ email: form.get('email'), password: form.get('password') }))
    if (ok) window.location.assign(next)
  }

  return (
    <>
      <h2>{t.members.linkHeading}</h2>
      <form className={styles.form} method="post" onSubmit={(event) => void onLink(event)} noValidate>
        <Field id={`${id}-link-email`} label={t.members.emailLabel} error={link.fields.email}>
          {(describedBy) => (
            <input id={`${id}-link-email`} name="email" type="email" autoComplete="email" required aria-invalid={Boolean(link.fields.email)} aria-describedby={describedBy} />
          )}
        </Field>
        <button className={styles.button} type="submit" disabled={link.busy}>
          {link.busy ? t.members.sending : t.members.sendLink}
        </button>
        <p className={styles.status} role="status" aria-live="polite">
          {link.status}
        </p>
      </form>

      <h2>{t.members.passwordHeading}</h2>
      {/* method="post" everywhere: if the script never loads, a submit must not put the password in the URL. */}
      <form className={styles.form} method="post" onSubmit={(event) => void onPassword(event)} noValidate>
        <Field id={`${id}-email`} label={t.members.emailLabel}>
          {(describedBy) => <input id={`${id}-email`} name="email" type="email" autoComplete="email" required aria-describedby={describedBy} />}
        </Field>
        <Field id={`${id}-password`} label={t.members.passwordLabel}>
          {(describedBy) => <input id={`${id}-password`} name="password" type="password" autoComplete="current-password" required aria-describedby={describedBy} />}
        </Field>
        <button className={styles.button} type="submit" disabled={password.busy}>
          {password.busy ? t.members.signingIn : t.members.signIn}
        </button>
        <p className={styles.status} role="status" aria-live="polite">
          {password.status}
        </p>
      </form>
    </>
  )
}
