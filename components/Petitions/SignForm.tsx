'use client'

import { useEffect, useId, useState, type FormEvent } from 'react'

import styles from '@/components/Members/Form.module.css'
import { CHOOSE_REGION, NO_LOCAL, type Option, OptionSelect } from '@/components/Members/OptionSelect'
import type { MySignature } from '@/lib/content/getMySignature'
import { formatDay } from '@/lib/content/format'
import { hasSignedInHint } from '@/lib/members/sessionHint'

export type SignFormProps = {
  campaignSlug: string
  /** From getSignatureCount(campaign.id) on the server. */
  initialCount: number
  regions: Option[]
  locals: Option[]
}

type Answer = { message?: string; error?: string; count?: number; fields?: Record<string, string> }

/** The petition / open-letter form: keeps what was typed on an error and shows each message next to its field. */
export function SignForm({ campaignSlug, initialCount, regions, locals }: SignFormProps) {
  const id = useId()
  // The page is shared and static: a signed-in member's part (sign as yourself, or "you signed") is
  // asked for here, only by a browser with the signed-in hint.
  const [member, setMember] = useState<MySignature | null>(null)
  useEffect(() => {
    if (!hasSignedInHint(document.cookie)) return
    const controller = new AbortController()
    fetch(`/api/petitions/${encodeURIComponent(campaignSlug)}/me`, { cache: 'no-store', signal: controller.signal })
      .then(async (response) => (response.ok ? setMember((await response.json()) as MySignature) : undefined))
      .catch(() => undefined)
    return () => controller.abort()
  }, [campaignSlug])
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
      const response = await fetch(`/api/petitions/${encodeURIComponent(campaignSlug)}/sign`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      const answer = (await response.json().catch(() => ({}))) as Answer
      if (response.ok && member) setMember({ ...member, signedAt: member.signedAt ?? new Date().toISOString() })
      setErrors(answer.fields ?? {})
      if (typeof answer.count === 'number') setCount(answer.count)
      setStatus(answer.message ?? answer.error ?? 'Something went wrong. Please try again.')
    } catch {
      setStatus('We could not reach the server. Check your connection and try again.')
    } finally {
      setBusy(false)
    }
  }

  const describedBy = (name: string) => (errors[name] ? `${id}-${name}-error` : undefined)
  const fieldError = (name: string) =>
    errors[name] ? (
      <p id={`${id}-${name}-error`} className={styles.error}>
        {errors[name]}
      </p>
    ) : null

  return (
    <form className={styles.form} method="post" onSubmit={(event) => void onSubmit(event)} noValidate aria-describedby={`${id}-status`}>
      <p className={styles.count}>
        <strong>{count.toLocaleString('en-US')}</strong> {count === 1 ? 'person has' : 'people have'} signed
      </p>
      {member?.signedAt ? (
        <p>
          <strong>You signed this on {formatDay(member.signedAt)}.</strong> Thank you — share it with your co-workers.
        </p>
      ) : null}
      {member ? (
        member.signedAt ? null : <p>Signing as {member.name}.</p>
      ) : (
        <>
          <div className={styles.field}>
            <label htmlFor={`${id}-name`}>Name</label>
            <input id={`${id}-name`} name="name" autoComplete="name" required aria-invalid={Boolean(errors.name)} aria-describedby={describedBy('name')} />
            {fieldError('name')}
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-email`}>E-mail</label>
            <input id={`${id}-email`} name="email" type="email" autoComplete="email" required aria-invalid={Boolean(errors.email)} aria-describedby={describedBy('email')} />
            {fieldError('email')}
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-region`}>Region</label>
            <OptionSelect id={`${id}-region`} name="region" options={regions} empty={CHOOSE_REGION} invalid={Boolean(errors.region)} describedBy={describedBy('region')} />
            {fieldError('region')}
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-local`}>Local union (optional)</label>
            <OptionSelect id={`${id}-local`} name="local" options={locals} empty={NO_LOCAL} invalid={Boolean(errors.local)} describedBy={describedBy('local')} />
            {fieldError('local')}
          </div>
        </>
      )}
      {member?.signedAt ? null : (
        <>
          <div className={styles.field}>
            <label htmlFor={`${id}-comment`}>Comment (optional)</label>
            <textarea id={`${id}-comment`} name="comment" rows={3} maxLength={500} aria-invalid={Boolean(errors.comment)} aria-describedby={describedBy('comment')} />
            {fieldError('comment')}
          </div>
          <div className={styles.check}>
            <input id={`${id}-consent`} name="consentToContact" type="checkbox" />
            <label htmlFor={`${id}-consent`}>The coalition may contact me about this campaign.</label>
          </div>
          <button className={styles.button} type="submit" disabled={busy}>
            {busy ? 'Signing…' : 'Sign'}
          </button>
        </>
      )}
      <p id={`${id}-status`} className={styles.status} role="status" aria-live="polite">
        {status}
      </p>
    </form>
  )
}
