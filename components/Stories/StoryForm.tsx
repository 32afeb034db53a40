'use client'

import { useId, type FormEvent } from 'react'

import { Field } from '@/components/Members/Field'
import styles from '@/components/Members/Form.module.css'
import { CHOOSE_REGION, NO_LOCAL, type Option, OptionSelect } from '@/components/Members/OptionSelect'
import { useFormSubmit } from '@/components/Members/useFormSubmit'

type Props = { regions: Option[]; locals: Option[]; campaigns: Option[]; defaults: { region?: number | null; local?: number | null; campaign?: number | null } }

/** Share your story: text and/or one photo or video; what was typed stays in the form when something needs fixing. */
export function StoryForm({ regions, locals, campaigns, defaults }: Props) {
  const id = useId()
  const { fields, status, busy, submit } = useFormSubmit()

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const { ok } = await submit('/api/stories/submit', { method: 'POST', body: new FormData(form) })
    if (ok) form.reset()
  }

  return (
    <form className={styles.form} method="post" onSubmit={(event) => void onSubmit(event)} noValidate encType="multipart/form-data">
      <p className={styles.reminder} id={`${id}-reminder`}>
        Please leave out patient names and anything that could identify a patient: no names, dates of birth, record numbers or faces.
      </p>
      <Field id={`${id}-title`} label="Title (optional)" error={fields.title}>
        {(describedBy) => <input id={`${id}-title`} name="title" maxLength={120} aria-invalid={Boolean(fields.title)} aria-describedby={describedBy} />}
      </Field>
      <Field id={`${id}-text`} label="Your story" hint="Up to 5,000 characters. Or add a photo or a short video below." error={fields.text}>
        {(describedBy) => (
          <textarea id={`${id}-text`} name="text" rows={8} maxLength={5000} aria-invalid={Boolean(fields.text)} aria-describedby={`${describedBy ?? ''} ${id}-reminder`.trim()} />
        )}
      </Field>
      <Field id={`${id}-file`} label="Photo or video (optional)" hint="JPEG, PNG or WebP up to 10 MB; MP4, WebM or MOV up to 50 MB." error={fields.file}>
        {(describedBy) => (
          <input id={`${id}-file`} name="file" type="file" accept="image/jpeg,image/png,image/webp,video/mp4,video/webm,video/quicktime" aria-invalid={Boolean(fields.file)} aria-describedby={describedBy} />
        )}
      </Field>
      <Field id={`${id}-region`} label="Region" error={fields.region}>
        {(describedBy) => (
          <OptionSelect id={`${id}-region`} name="region" options={regions} empty={CHOOSE_REGION} defaultValue={defaults.region} invalid={Boolean(fields.region)} describedBy={describedBy} />
        )}
      </Field>
      <Field id={`${id}-local`} label="Local union (optional)" error={fields.local}>
        {(describedBy) => (
          <OptionSelect id={`${id}-local`} name="local" options={locals} empty={NO_LOCAL} defaultValue={defaults.local} invalid={Boolean(fields.local)} describedBy={describedBy} />
        )}
      </Field>
      <Field id={`${id}-campaign`} label="Campaign (optional)" error={fields.campaign}>
        {(describedBy) => (
          <OptionSelect id={`${id}-campaign`} name="campaign" options={campaigns} empty={{ label: 'None', selectable: true }} defaultValue={defaults.campaign} invalid={Boolean(fields.campaign)} describedBy={describedBy} />
        )}
      </Field>
      <div className={styles.check}>
        <input id={`${id}-consent`} name="consentToPublish" type="checkbox" aria-invalid={Boolean(fields.consentToPublish)} aria-describedby={fields.consentToPublish ? `${id}-consent-error` : undefined} />
        <label htmlFor={`${id}-consent`}>The coalition may publish my story (after review).</label>
      </div>
      {fields.consentToPublish ? (
        <p id={`${id}-consent-error`} className={styles.error}>
          {fields.consentToPublish}
        </p>
      ) : null}
      <div className={styles.check}>
        <input id={`${id}-anonymous`} name="anonymous" type="checkbox" />
        <label htmlFor={`${id}-anonymous`}>Publish it without my name.</label>
      </div>
      <button className={styles.button} type="submit" disabled={busy}>
        {busy ? 'Sending…' : 'Share my story'}
      </button>
      <p className={styles.status} role="status" aria-live="polite">
        {status}
      </p>
    </form>
  )
}
