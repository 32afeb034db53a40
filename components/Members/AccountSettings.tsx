'use client'

import { useId, type FormEvent } from 'react'

import { Field } from './Field'
import styles from './Form.module.css'
import { CHOOSE_REGION, NO_LOCAL, type Option, OptionSelect } from './OptionSelect'
import { useFormSubmit } from './useFormSubmit'

export type AccountSettingsProps = {
  memberId: number
  region: number | null
  local: number | null
  worksite: string | null
  preferences: { campaigns: boolean; bargaining: boolean; regional: boolean }
  regions: Option[]
  locals: Option[]
}

/** A text field's value (FormData may also hold a file). */
const textOf = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '')

const PREFERENCES = [
  { name: 'campaigns', label: 'Campaigns and petitions' },
  { name: 'bargaining', label: 'Bargaining updates' },
  { name: 'regional', label: 'News from my region' },
] as const

/** My region, local and e-mail preferences (saved through the members API, own record only), and leaving. */
export function AccountSettings({ memberId, region, local, worksite, preferences, regions, locals }: AccountSettingsProps) {
  const id = useId()
  const save = useFormSubmit()
  const remove = useFormSubmit()

  async function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const body = {
      region: Number(form.get('region')),
      local: form.get('local') ? Number(form.get('local')) : null,
      worksite: textOf(form.get('worksite')),
      emailPreferences: Object.fromEntries(PREFERENCES.map(({ name }) => [name, form.get(name) === 'on'])),
    }
    const { ok } = await save.submit(`/api/members/${memberId}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    if (ok) window.location.reload()
  }

  async function onDelete(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!window.confirm('Delete your account, your signatures and your stories? This cannot be undone.')) return
    const { ok } = await remove.submit(`/api/members/${memberId}`, { method: 'DELETE' })
    if (ok) window.location.assign('/')
  }

  return (
    <>
      <form className={styles.form} method="post" onSubmit={(event) => void onSave(event)} noValidate>
        <Field id={`${id}-region`} label="My region">
          {(describedBy) => (
            <OptionSelect id={`${id}-region`} name="region" options={regions} empty={CHOOSE_REGION} defaultValue={region} describedBy={describedBy} />
          )}
        </Field>
        <Field id={`${id}-local`} label="My local union">
          {(describedBy) => (
            <OptionSelect id={`${id}-local`} name="local" options={locals} empty={NO_LOCAL} defaultValue={local} describedBy={describedBy} />
          )}
        </Field>
        <Field id={`${id}-worksite`} label="Worksite or department">
          {(describedBy) => <input id={`${id}-worksite`} name="worksite" defaultValue={worksite ?? ''} aria-describedby={describedBy} />}
        </Field>
        <fieldset>
          <legend>E-mail me about</legend>
          {PREFERENCES.map(({ name, label }) => (
            <div key={name} className={styles.check}>
              <input id={`${id}-${name}`} name={name} type="checkbox" defaultChecked={preferences[name]} />
              <label htmlFor={`${id}-${name}`}>{label}</label>
            </div>
          ))}
        </fieldset>
        <button className={styles.button} type="submit" disabled={save.busy}>
          Save
        </button>
        <p className={styles.status} role="status" aria-live="polite">
          {save.status}
        </p>
      </form>

      <h2>Leave</h2>
      <form className={styles.form} method="post" onSubmit={(event) => void onDelete(event)}>
        <p>Deleting your account also deletes your signatures and your stories.</p>
        <button className={`${styles.button} ${styles.danger}`} type="submit" disabled={remove.busy}>
          Delete my account and my data
        </button>
        <p className={styles.status} role="status" aria-live="polite">
          {remove.status}
        </p>
      </form>
    </>
  )
}
