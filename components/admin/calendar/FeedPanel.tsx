'use client'

import { useState } from 'react'

/** The private .ics subscription: create or reset it (the URL is shown once), or turn it off. */
export function FeedPanel({ since }: { since: string | null }) {
  const [active, setActive] = useState(since !== null)
  const [url, setUrl] = useState<string | null>(null)
  const [message, setMessage] = useState('')

  const reset = async () => {
    if (active && !window.confirm('Reset the link? Calendar apps using the old one stop updating.')) return
    const response = await fetch('/api/calendar/feed-token', { method: 'POST', credentials: 'same-origin' })
    const answer = (await response.json().catch(() => null)) as { url?: string; error?: string } | null
    if (!response.ok || !answer?.url) return setMessage(answer?.error ?? 'That did not work. Please try again.')
    setUrl(answer.url)
    setActive(true)
    setMessage('Copy this link now: it is shown only once. Anyone with it can see your calendar.')
  }
  const revoke = async () => {
    const response = await fetch('/api/calendar/feed-token', { method: 'DELETE', credentials: 'same-origin' })
    if (!response.ok) return setMessage('That did not work. Please try again.')
    setActive(false)
    setUrl(null)
    setMessage('Your calendar link is off; the old link no longer works.')
  }

  return (
    <section className="editorial-calendar__feed" aria-labelledby="calendar-feed">
      <h2 id="calendar-feed">Subscribe in your calendar app</h2>
      <p>
        A private link to this calendar (as you see it, for the past month and the next six) for Outlook, Google or Apple Calendar.
        {active && !url ? ' Your link is on. For security it is not shown again: reset it to get a new one.' : ''}
      </p>
      {url && (
        <p>
          <label htmlFor="calendar-feed-url">Your calendar link</label>
          <input id="calendar-feed-url" className="editorial-calendar__feed-url" readOnly value={url} onFocus={(event) => event.target.select()} />
        </p>
      )}
      <div className="editorial-calendar__actions">
        <button type="button" className="btn btn--style-primary btn--size-small" onClick={() => void reset()}>
          {active ? 'Reset link' : 'Create my calendar link'}
        </button>
        {active && (
          <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => void revoke()}>
            Turn off
          </button>
        )}
      </div>
      <p role="status">{message}</p>
    </section>
  )
}
