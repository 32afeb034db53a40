'use client'

import { useId, type FormEvent } from 'react'

import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import { EmailChoicesFieldset, emailChoicesOf } from './EmailChoicesFieldset'
import { Field } from './Field'
import styles from './Form.module.css'
import { chooseRegion, noLocal, type Option, OptionSelect } from './OptionSelect'
import { useFormSubmit } from './useFormSubmit'

export function SignUpForm({ lang, regions, locals }: { lang: Lang; regions: Option[]; locals: Option[] }) {
  const t = messages(lang)
  const id = useId()
  const { fields, status, busy, submit } = useFormSubmit(lang)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    // The boxes go as one group of true/false; the rest as typed.
    const { bargaining: _b, actions: _a, digest: _d, ...typed } = Object.fromEntries(form.entries())
    // The language of this page: the answer's, and the new member's from now on (their pages and e-mails).
    const body = { ...typed, emailPreferences: emailChoicesOf(form), lang, preferredLanguage: lang }
    await submit('/api/members/signup', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  }

  return (
    <form className={styles.form} method="post" onSubmit={(event) => void onSubmit(event)} noValidate>
      <Field id={`${id}-name`} label={t.members.nameLabel} error={fields.name}>
        {(describedBy) => <input id={`${id}-name`} name="name" autoComplete="name" required aria-invalid={Boolean(fields.name)} aria-describedby={describedBy} />}
      </Field>
      <Field id={`${id}-email`} label={t.members.emailLabel} error={fields.email}>
        {(describedBy) => <input id={`${id}-email`} name="email" type="email" autoComplete="email" required aria-invalid={Boolean(fields.email)} aria-describedby={describedBy} />}
      </Field>
      <Field id={`${id}-password`} label={t.members.passwordLabel} hint={t.members.passwordHint} error={fields.password}>
        {(describedBy) => (
          <input id={`${id}-password`} name="password" type="password" autoComplete="new-password" required aria-invalid={Boolean(fields.password)} aria-describedby={describedBy} />
        )}
      </Field>
      <Field id={`${id}-region`} label={t.members.regionLabel} error={fields.region}>
        {(describedBy) => (
          <OptionSelect id={`${id}-region`} name="region" options={regions} empty={chooseRegion(lang)} invalid={Boolean(fields.region)} describedBy={describedBy} />
        )}
      </Field>
      <Field id={`${id}-local`} label={t.members.localOptionalLabel} error={fields.local}>
        {(describedBy) => (
          <OptionSelect id={`${id}-local`} name="local" options={locals} empty={noLocal(lang)} invalid={Boolean(fields.local)} describedBy={describedBy} />
        )}
      </Field>
      <Field id={`${id}-worksite`} label={t.members.worksiteOptionalLabel} error={fields.worksite}>
        {(describedBy) => <input id={`${id}-worksite`} name="worksite" aria-invalid={Boolean(fields.worksite)} aria-describedby={describedBy} />}
      </Field>
      {/* All ticked to start with: what a member signing up to their union's portal most often wants. */}
      <EmailChoicesFieldset id={id} lang={lang} defaults={{ bargaining: true, actions: true, digest: true }} />
      <button className={styles.button} type="submit" disabled={busy}>
        {busy ? t.members.signingUp : t.members.signUp}
      </button>
      <p className={styles.status} role="status" aria-live="polite">
        {status}
      </p>
    </form>
  )
}
