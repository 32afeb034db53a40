'use client'

import { useId, type FormEvent } from 'react'

import { languageCookie } from '@/lib/i18n/languageScript'
import { INTL_LOCALE, LANGUAGE_NAME, LANGUAGES, localizedPath, toLang, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import type { EmailChoices } from '@/lib/schemas/emailChoices'

import { EmailChoicesFieldset, emailChoicesOf } from './EmailChoicesFieldset'
import { Field } from './Field'
import styles from './Form.module.css'
import { chooseRegion, noLocal, type Option, OptionSelect } from './OptionSelect'
import { useFormSubmit } from './useFormSubmit'

export type AccountSettingsProps = {
  /** The page's language. */
  lang: Lang
  memberId: number
  region: number | null
  local: number | null
  worksite: string | null
  /** The member's own language (preferredLanguage): their pages and e-mails. */
  language: Lang
  preferences: EmailChoices
  regions: Option[]
  locals: Option[]
}

/** A text field's value (FormData may also hold a file). */
const textOf = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '')

/**
 * My region, local, language and e-mail preferences (saved through the members API, own record only),
 * and leaving. A new language is also this browser's (the `lang` cookie), and the page reopens in it.
 */
export function AccountSettings({ lang, memberId, region, local, worksite, language, preferences, regions, locals }: AccountSettingsProps) {
  const t = messages(lang)
  const id = useId()
  const save = useFormSubmit(lang)
  const remove = useFormSubmit(lang)

  async function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const chosen = toLang(form.get('preferredLanguage') ?? language)
    const body = {
      region: Number(form.get('region')),
      local: form.get('local') ? Number(form.get('local')) : null,
      worksite: textOf(form.get('worksite')),
      preferredLanguage: chosen,
      emailPreferences: emailChoicesOf(form),
    }
    const { ok } = await save.submit(`/api/members/${memberId}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    if (!ok) return
    document.cookie = languageCookie(chosen)
    if (chosen === lang) window.location.reload()
    else window.location.assign(localizedPath(chosen, '/account'))
  }

  async function onDelete(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!window.confirm(t.members.deleteConfirm)) return
    const { ok } = await remove.submit(`/api/members/${memberId}`, { method: 'DELETE' })
    if (ok) window.location.assign(localizedPath(lang, '/'))
  }

  return (
    <>
      <form className={styles.form} method="post" onSubmit={(event) => void onSave(event)} noValidate>
        <Field id={`${id}-region`} label={t.members.myRegion}>
          {(describedBy) => (
            <OptionSelect id={`${id}-region`} name="region" options={regions} empty={chooseRegion(lang)} defaultValue={region} describedBy={describedBy} />
          )}
        </Field>
        <Field id={`${id}-local`} label={t.members.myLocal}>
          {(describedBy) => (
            <OptionSelect id={`${id}-local`} name="local" options={locals} empty={noLocal(lang)} defaultValue={local} describedBy={describedBy} />
          )}
        </Field>
        <Field id={`${id}-worksite`} label={t.members.worksiteLabel}>
          {(describedBy) => <input id={`${id}-worksite`} name="worksite" defaultValue={worksite ?? ''} aria-describedby={describedBy} />}
        </Field>
        <fieldset aria-describedby={`${id}-language-hint`}>
          <legend>{t.members.languageLegend}</legend>
          <p id={`${id}-language-hint`} className={styles.hint}>
            {t.members.languageHint}
          </p>
          {LANGUAGES.map((option) => (
            <div key={option} className={styles.check}>
              <input id={`${id}-language-${option}`} name="preferredLanguage" type="radio" value={option} defaultChecked={language === option} />
              {/* Each language named in itself, and read out in it. */}
              <label htmlFor={`${id}-language-${option}`} lang={INTL_LOCALE[option]}>
                {LANGUAGE_NAME[option]}
              </label>
            </div>
          ))}
        </fieldset>
        <EmailChoicesFieldset id={id} lang={lang} defaults={preferences} />
        <button className={styles.button} type="submit" disabled={save.busy}>
          {t.members.save}
        </button>
        <p className={styles.status} role="status" aria-live="polite">
          {save.status}
        </p>
      </form>

      <h2>{t.members.leaveHeading}</h2>
      <form className={styles.form} method="post" onSubmit={(event) => void onDelete(event)}>
        <p>{t.members.leaveText}</p>
        <button className={`${styles.button} ${styles.danger}`} type="submit" disabled={remove.busy}>
          {t.members.deleteAccount}
        </button>
        <p className={styles.status} role="status" aria-live="polite">
          {remove.status}
        </p>
      </form>
    </>
  )
}
