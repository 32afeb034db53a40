'use client'

import { useId, type FormEvent } from 'react'

import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import type { EmailChoices } from '@/lib/schemas/emailChoices'

import { EmailChoicesFieldset, emailChoicesOf } from './EmailChoicesFieldset'
import styles from './Form.module.css'
import { useEmailLinkPost } from './useEmailLinkPost'

type Props = { lang: Lang; token: string; preferences: EmailChoices }

/** The e-mailed preferences page's form: the three choices, saved on the strength of the link's token. */
export function EmailPreferencesForm({ lang, token, preferences }: Props) {
  const t = messages(lang)
  const id = useId()
  const { busy, result, resultRef, post } = useEmailLinkPost(lang)

  async function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const chosen = emailChoicesOf(new FormData(event.currentTarget))
    const none = !chosen.bargaining && !chosen.actions && !chosen.digest
    await post('/api/members/email-preferences', { token, preferences: chosen }, none ? t.emailPages.savedNone : t.emailPages.saved)
  }

  return (
    <form className={styles.form} method="post" onSubmit={(event) => void onSave(event)} noValidate>
      <EmailChoicesFieldset id={id} lang={lang} defaults={preferences} />
      <button className={styles.button} type="submit" disabled={busy}>
        {busy ? t.emailPages.saving : t.emailPages.saveChoices}
      </button>
      <p ref={resultRef} tabIndex={-1} className={result && !result.ok ? styles.error : styles.status} role="status" aria-live="polite">
        {result?.text}
      </p>
    </form>
  )
}
