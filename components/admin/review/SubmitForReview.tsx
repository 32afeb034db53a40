'use client'

import { Button, useConfig, useDocumentInfo, useForm, useFormFields, useFormModified, useLocale } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { localInputToIso, sendReview } from './reviewRequest'

/**
 * Regional staff's "Publish": saves the draft if it has unsaved changes, then submits it for review with
 * an optional requested publish time. Communications staff approve it from the review queue.
 */
export function SubmitForReview() {
  const { config } = useConfig()
  const { id, collectionSlug } = useDocumentInfo()
  const { submit } = useForm()
  const modified = useFormModified()
  const { code: locale } = useLocale()
  const router = useRouter()
  const state = useFormFields(([fields]) => fields['review.state']?.value)
  const [open, setOpen] = useState(false)
  const [when, setWhen] = useState('')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const waiting = state === 'submitted'

  async function onSubmit() {
    if (!id || !collectionSlug) return
    setBusy(true)
    setMessage(null)
    if (modified) {
      await submit({
        action: `${config.routes.api}/${collectionSlug}/${id}?locale=${locale}&depth=0&fallback-locale=null&draft=true`,
        method: 'PATCH',
        overrides: { _status: 'draft' },
        skipValidation: true,
      })
    }
    const result = await sendReview(config.routes.api, collectionSlug, id, { action: 'submit', requestedAt: localInputToIso(when) })
    setBusy(false)
    if (!result.ok) {
      setMessage(result.error)
      return
    }
    setOpen(false)
    setMessage('Submitted for review.')
    router.refresh()
  }

  if (!open) {
    return (
      <Button buttonStyle="primary" size="medium" id="action-submit-review" disabled={!id || waiting} onClick={() => setOpen(true)}>
        {waiting ? 'Waiting for review' : 'Submit for review'}
      </Button>
    )
  }
  return (
    <div className="submit-for-review" style={{ display: 'flex', flexDirection: 'column', gap: 8, minWidth: 260 }}>
      <label htmlFor="review-requested-at">Publish at (optional, your time zone)</label>
      <input id="review-requested-at" type="datetime-local" value={when} onChange={(event) => setWhen(event.target.value)} />
      <div style={{ display: 'flex', gap: 8 }}>
        <Button buttonStyle="primary" size="medium" id="action-send-review" disabled={busy} onClick={() => void onSubmit()}>
          Send for review
        </Button>
        <Button buttonStyle="secondary" size="medium" disabled={busy} onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
      {message ? <p role="status">{message}</p> : null}
    </div>
  )
}
