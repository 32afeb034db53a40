'use client'

import { useId, type FormEvent } from 'react'

import { Field } from '@/components/Members/Field'
import styles from '@/components/Members/Form.module.css'
import { chooseRegion, noLocal, type Option, OptionSelect } from '@/components/Members/OptionSelect'
import { useFormSubmit } from '@/components/Members/useFormSubmit'
import { formatCount } from '@/lib/content/format'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

// STORY_TEXT_MAX in lib/schemas/story.ts, not imported: that would bring zod into the browser.
const TEXT_MAX = 5000

type Props = {
  lang: Lang
  regions: Option[]
  locals: Option[]
  campaigns: Option[]
  defaults: { region?: number | null; local?: number | null; campaign?: number | null }
}

/** Share your story: text and/or one photo or video; what was typed stays in the form when something needs fixing. */
export function StoryForm({ lang, regions, locals, campaigns, defaults }: Props) {
  const t = messages(lang)
  const id = useId()
  const { fields, status, busy, submit } = useFormSubmit(lang)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = event.currentTarget
    const { ok } = await submit('/api/stories/submit', { method: 'POST', body: new FormData(form) })
    if (ok) form.reset()
  }

  return (
    <form className={styles.form} method="post" onSubmit={(event) => void onSubmit(event)} noValidate encType="multipart/form-data">
      {/* The language of the server's answer. */}
      <input type="hidden" name="lang" value={lang} />
      <p className={styles.reminder} id={`${id}-reminder`}>
        {t.stories.privacyReminder}
      </p>
      <Field id={`${id}-title`} label={t.stories.titleLabel} error={fields.title}>
        {(describedBy) => <input id={`${id}-title`} name="title" maxLength={120} aria-invalid={Boolean(fields.title)} aria-describedby={describedBy} />}
      </Field>
      <Field id={`${id}-text`} label={t.stories.textLabel} hint={t.stories.textHint(formatCount(TEXT_MAX, lang))} error={fields.text}>
        {(describedBy) => (
          <textarea
            id={`${id}-text`}
            name="text"
            rows={8}
            maxLength={TEXT_MAX}
            aria-invalid={Boolean(fields.text)}
            aria-describedby={`${describedBy ?? ''} ${id}-reminder`.trim()}
          />
        )}
      </Field>
      <Field id={`${id}-file`} label={t.stories.fileLabel} hint={t.stories.fileHint} error={fields.file}>
        {(describedBy) => (
          <input
            id={`${id}-file`}
            name="file"
            type="file"
            accept="image/jpeg,image/png,image/webp,video/mp4,video/webm,video/quicktime"
            aria-invalid={Boolean(fields.file)}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <Field id={`${id}-region`} label={t.stories.regionLabel} error={fields.region}>
        {(describedBy) => (
          <OptionSelect id={`${id}-region`} name="region" options={regions} empty={chooseRegion(lang)} defaultValue={defaults.region} invalid={Boolean(fields.region)} describedBy={describedBy} />
        )}
      </Field>
      <Field id={`${id}-local`} label={t.stories.localLabel} error={fields.local}>
        {(describedBy) => (
          <OptionSelect id={`${id}-local`} name="local" options={locals} empty={noLocal(lang)} defaultValue={defaults.local} invalid={Boolean(fields.local)} describedBy={describedBy} />
        )}
      </Field>
      <Field id={`${id}-campaign`} label={t.stories.campaignLabel} error={fields.campaign}>
        {(describedBy) => (
          <OptionSelect
            id={`${id}-campaign`}
            name="campaign"
            options={campaigns}
            empty={{ label: t.stories.campaignNone, selectable: true }}
            defaultValue={defaults.campaign}
            invalid={Boolean(fields.campaign)}
            describedBy={describedBy}
          />
        )}
      </Field>
      <div className={styles.check}>
        <input id={`${id}-consent`} name="consentToPublish" type="checkbox" aria-invalid={Boolean(fields.consentToPublish)} aria-describedby={fields.consentToPublish ? `${id}-consent-error` : undefined} />
        <label htmlFor={`${id}-consent`}>{t.stories.consentLabel}</label>
      </div>
      {fields.consentToPublish ? (
        <p id={`${id}-consent-error`} className={styles.error}>
          {fields.consentToPublish}
        </p>
      ) : null}
      <div className={styles.check}>
        <input id={`${id}-anonymous`} name="anonymous" type="checkbox" />
        <label htmlFor={`${id}-anonymous`}>{t.stories.anonymousLabel}</label>
      </div>
      <button className={styles.button} type="submit" disabled={busy}>
        {busy ? t.stories.sending : t.stories.submit}
      </button>
      <p className={styles.status} role="status" aria-live="polite">
        {status}
      </p>
    </form>
  )
}
