'use client'

import { useAuth, useConfig, useFormFields } from '@payloadcms/ui'

import { asReviewState, REVIEW_STATE_LABELS } from '@/lib/review/states'

const when = (iso: unknown) => (typeof iso === 'string' && iso ? new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : null)

/** The sidebar's review box: where the item stands, the requested time and the reviewer's note. */
export function ReviewPanel() {
  const { user } = useAuth()
  const { config } = useConfig()
  const state = asReviewState(useFormFields(([fields]) => fields['review.state']?.value))
  const requestedAt = when(useFormFields(([fields]) => fields['review.requestedAt']?.value))
  const submittedAt = when(useFormFields(([fields]) => fields['review.submittedAt']?.value))
  const decidedAt = when(useFormFields(([fields]) => fields['review.decidedAt']?.value))
  const note = useFormFields(([fields]) => fields['review.note']?.value)
  const decider = user && 'role' in user && (user.role === 'admin' || user.role === 'communications')

  return (
    <div className="review-panel" data-review-state={state} style={{ marginBottom: 'var(--base)' }}>
      <p className="field-label">Review</p>
      <p>
        <strong>{REVIEW_STATE_LABELS[state]}</strong>
        {state === 'submitted' && submittedAt ? ` since ${submittedAt}` : null}
        {state !== 'submitted' && state !== 'none' && decidedAt ? ` on ${decidedAt}` : null}
      </p>
      {requestedAt ? <p>Requested publish time: {requestedAt}</p> : null}
      {typeof note === 'string' && note ? (
        <blockquote className="review-panel__note" style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
          {note}
        </blockquote>
      ) : null}
      {state === 'submitted' && decider ? <a href={`${config.routes.admin}/review`}>Decide in the review queue</a> : null}
    </div>
  )
}
