'use client'

import { Button, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { type ReviewCall, sendReview } from './reviewRequest'

/** A queue row's decision: Approve, Request changes (with a note for the author) or Reject. */
export function ReviewActions({ collection, id, title }: { collection: string; id: number; title: string }) {
  const { config } = useConfig()
  const router = useRouter()
  const [note, setNote] = useState('')
  const [writing, setWriting] = useState(false)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)

  async function decide(call: ReviewCall) {
    setBusy(true)
    setMessage(null)
    const result = await sendReview(config.routes.api, collection, id, call)
    setBusy(false)
    if (!result.ok) {
      setMessage(result.error)
      return
    }
    router.refresh()
  }

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
      <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap' }}>
        <Button buttonStyle="primary" size="small" margin={false} disabled={busy} aria-label={`Approve ${title}`} onClick={() => void decide({ action: 'approve' })}>
          Approve
        </Button>
        <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} aria-label={`Request changes to ${title}`} onClick={() => setWriting(true)}>
          Request changes
        </Button>
        <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} aria-label={`Reject ${title}`} onClick={() => void decide({ action: 'reject', note: note || undefined })}>
          Reject
        </Button>
      </div>
      {writing ? (
        <div style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
          <label htmlFor={`review-note-${collection}-${id}`}>Note for the author</label>
          <textarea id={`review-note-${collection}-${id}`} rows={3} value={note} onChange={(event) => setNote(event.target.value)} />
          <Button buttonStyle="primary" size="small" margin={false} disabled={busy || !note.trim()} onClick={() => void decide({ action: 'request_changes', note })}>
            Send request
          </Button>
        </div>
      ) : null}
      {message ? <p role="alert">{message}</p> : null}
    </div>
  )
}
