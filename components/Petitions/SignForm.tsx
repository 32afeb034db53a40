'use client'

import { useEffect, useId, useState, type FormEvent } from 'react'

import styles from '@/components/Members/Form.module.css'
import { type Option, OptionSelect } from '@/components/Members/OptionSelect'
import type { MySignature } from '@/lib/content/getMySignature'
import { formatCount, formatDay } from '@/lib/content/format'
import type { Lang } from '@/lib/i18n/languages'
import { messages, messageText } from '@/lib/i18n/messages'
import { hasSignedInHint } from '@/lib/members/sessionHint'

export type SignFormProps = {
  campaignSlug: string
  /** From getSignatureCount(campaign.id) on the server. */
  initialCount: number
  regions: Option[]
  locals: Option[]
  /** The page's language: the form's words, and the language the server answers in. */
  lang: Lang
}

type Answer = { message?: string; error?: string; count?: number; fields?: Record<string, string> }

/** The petition's endpoints, answering in the reader's language. */
const petitionPath = (slug: string, action: 'me' | 'sign', lang: Lang) => `/api/petitions/${encodeURIComponent(slug)}/${action}?lang=${lang}`

/** The petition / open-letter form: keeps what was typed on an error and shows each message next to its field. */
export function SignForm({ campaignSlug, initialCount, regions, locals, lang }: SignFormProps) {
  const id = useId()
  const t = messages(lang)
  // The page is shared and static: a signed-in member's part (sign as yourself, or "you signed") is
  // asked for here, only by a browser with the signed-in hint.
  const [member, setMember] = useState<MySignature | null>(null)
  useEffect(() => {
    if (!hasSignedInHint(document.cookie)) return
    const controller = new AbortController()
    fetch(petitionPath(campaignSlug, 'me', lang), { cache: 'no-store', signal: controller.signal })
      .then(async (response) => (response.ok ? setMember((await response.json()) as MySignature) : undefined))
      .catch(() => undefined)
    return () => controller.abort()
  }, [campaignSlug, lang])
  const [count, setCount] = useState(initialCount)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [status, setStatus] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setBusy(true)
    setStatus(null)
    const body = Object.fromEntries(new FormData(event.currentTarget).entries())
    try {
      const response = await fetch(petitionPath(campaignSlug, 'sign', lang), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      const answer = (await response.json().catch(() => ({}))) as Answer
      if (response.ok && member) setMember({ ...member, signedAt: member.signedAt ?? new Date().toISOString() })
      setErrors(answer.fields ?? {})
      if (typeof answer.count === 'number') setCount(answer.count)
      setStatus(answer.message ?? answer.error ?? t.petitions.somethingWrong)
    } catch {
      setStatus(t.petitions.unreachable)
    } finally {
      setBusy(false)
    }
  }

  const describedBy = (name: string) => (errors[name] ? `${id}-${name}-error` : undefined)
  const fieldError = (name: string) => {
    const message = errors[name]
    return message ? (
      <p id={`${id}-${name}-error`} className={styles.error}>
        {messageText(lang, message)}
      </p>
    ) : null
  }

  return (
    <form className={styles.form} method="post" onSubmit={(event) => void onSubmit(event)} noValidate aria-describedby={`${id}-status`}>
      <input type="hidden" name="lang" value={lang} />
      <p className={styles.count}>
        <strong>{formatCount(count, lang)}</strong> {t.petitions.signedCount(count)}
      </p>
      {member?.signedAt ? (
        <p>
          <strong>{t.petitions.youSigned(formatDay(member.signedAt, lang))}</strong> {t.petitions.thanksShare}
        </p>
      ) : null}
      {member ? (
        member.signedAt ? null : <p>{t.petitions.signingAs(member.name)}</p>
      ) : (
        <>
          <div className={styles.field}>
            <label htmlFor={`${id}-name`}>{t.petitions.name}</label>
            <input id={`${id}-name`} name="name" autoComplete="name" required aria-invalid={Boolean(errors.name)} aria-describedby={describedBy('name')} />
            {fieldError('name')}
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-email`}>{t.petitions.email}</label>
            <input id={`${id}-email`} name="email" type="email" autoComplete="email" required aria-invalid={Boolean(errors.email)} aria-describedby={describedBy('email')} />
            {fieldError('email')}
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-region`}>{t.petitions.region}</label>
            <OptionSelect
              id={`${id}-region`}
              name="region"
              options={regions}
              empty={{ label: t.petitions.chooseRegion, selectable: false }}
              invalid={Boolean(errors.region)}
              describedBy={describedBy('region')}
            />
            {fieldError('region')}
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-local`}>{t.petitions.localOptional}</label>
            <OptionSelect
              id={`${id}-local`}
              name="local"
              options={locals}
              empty={{ label: t.petitions.noLocal, selectable: true }}
              invalid={Boolean(errors.local)}
              describedBy={describedBy('local')}
            />
            {fieldError('local')}
          </div>
        </>
      )}
      {member?.signedAt ? null : (
        <>
          <div className={styles.field}>
            <label htmlFor={`${id}-comment`}>{t.petitions.commentOptional}</label>
            <textarea id={`${id}-comment`} name="comment" rows={3} maxLength={500} aria-invalid={Boolean(errors.comment)} aria-describedby={describedBy('comment')} />
            {fieldError('comment')}
          </div>
          <div className={styles.check}>
            <input id={`${id}-consent`} name="consentToContact" type="checkbox" />
            <label htmlFor={`${id}-consent`}>{t.petitions.consent}</label>
          </div>
          <button className={styles.button} type="submit" disabled={busy}>
            {busy ? t.petitions.signing : t.petitions.sign}
          </button>
        </>
      )}
      <p id={`${id}-status`} className={styles.status} role="status" aria-live="polite">
        {status}
      </p>
    </form>
  )
}
