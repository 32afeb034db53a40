'use client'

import type { FormEvent } from 'react'

import type { TokenScope } from '@/lib/email/links/emailToken'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import styles from './Form.module.css'
import { ManageChoicesLink } from './ManageChoicesLink'
import { unsubscribedText, unsubscribeQuestion } from './unsubscribeTexts'
import { useEmailLinkPost } from './useEmailLinkPost'

type Props = { lang: Lang; token: string; scope: TokenScope }

/**
 * The unsubscribe page's one button. Only the button unsubscribes, never opening the page: mail
 * scanners fetch every link in a message. Without JavaScript the form posts to the one-click endpoint,
 * which unsubscribes just the same (its answer is JSON, but the e-mail stops).
 */
export function UnsubscribeForm({ lang, token, scope }: Props) {
  const t = messages(lang)
  const { busy, result, resultRef, post } = useEmailLinkPost(lang)
  const done = result?.ok === true

  async function onUnsubscribe(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    await post('/api/members/unsubscribe', { token }, unsubscribedText(scope, lang))
  }

  return (
    <>
      {done ? null : (
        <form className={styles.form} method="post" action={`/api/members/unsubscribe?t=${encodeURIComponent(token)}`} onSubmit={(event) => void onUnsubscribe(event)}>
          <p>{unsubscribeQuestion(scope, lang)}</p>
          <button className={styles.button} type="submit" disabled={busy}>
            {busy ? t.emailPages.unsubscribing : t.emailPages.unsubscribe}
          </button>
        </form>
      )}
      {/* Always in the page, so screen readers hear it change. */}
      <p ref={resultRef} tabIndex={-1} className={result && !result.ok ? styles.error : styles.status} role="status" aria-live="polite">
        {result?.text}
      </p>
      {done ? <ManageChoicesLink lang={lang} token={token} /> : null}
    </>
  )
}
