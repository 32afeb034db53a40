'use client'

import { useId, type FormEvent } from 'react'

import { Field } from './Field'
import styles from './Form.module.css'
import { CHOOSE_REGION, NO_LOCAL, type Option, OptionSelect } from './OptionSelect'
import { useFormSubmit } from './useFormSubmit'

export function SignUpForm({ regions, locals }: { regions: Option[]; locals: Option[] }) {
  const id = useId()
  const { fields, status, busy, submit } = useFormSubmit()

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const body = Object.fromEntries(new FormData(event.currentTarget).entries())
    await submit('/api/members/signup', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  }

  return (
    <form className={styles.form} method="post" onSubmit={(event) => void onSubmit(event)} noValidate>
      <Field id={`${id}-name`} label="Name" error={fields.name}>
        {(describedBy) => <input id={`${id}-name`} name="name" autoComplete="name" required aria-invalid={Boolean(fields.name)} aria-describedby={describedBy} />}
      </Field>
      <Field id={`${id}-email`} label="E-mail" error={fields.email}>
        {(describedBy) => <input id={`${id}-email`} name="email" type="email" autoComplete="email" required aria-invalid={Boolean(fields.email)} aria-describedby={describedBy} />}
      </Field>
      <Field id={`${id}-password`} label="Password" hint="At least 10 characters. You can also sign in with an e-mailed link." error={fields.password}>
        {(describedBy) => (
          <input id={`${id}-password`} name="password" type="password" autoComplete="new-password" required aria-invalid={Boolean(fields.password)} aria-describedby={describedBy} />
        )}
      </Field>
      <Field id={`${id}-region`} label="Region" error={fields.region}>
        {(describedBy) => (
          <OptionSelect id={`${id}-region`} name="region" options={regions} empty={CHOOSE_REGION} invalid={Boolean(fields.region)} describedBy={describedBy} />
        )}
      </Field>
      <Field id={`${id}-local`} label="Local union (optional)" error={fields.local}>
        {(describedBy) => (
          <OptionSelect id={`${id}-local`} name="local" options={locals} empty={NO_LOCAL} invalid={Boolean(fields.local)} describedBy={describedBy} />
        )}
      </Field>
      <Field id={`${id}-worksite`} label="Worksite or department (optional)" error={fields.worksite}>
        {(describedBy) => <input id={`${id}-worksite`} name="worksite" aria-invalid={Boolean(fields.worksite)} aria-describedby={describedBy} />}
      </Field>
      <button className={styles.button} type="submit" disabled={busy}>
        {busy ? 'Signing up…' : 'Sign up'}
      </button>
      <p className={styles.status} role="status" aria-live="polite">
        {status}
      </p>
    </form>
  )
}
