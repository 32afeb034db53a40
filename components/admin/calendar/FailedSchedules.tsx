'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

import type { CalendarEntry } from '@/lib/editorial/calendarEntry'

import { dateTimeIn, KIND_LABEL } from './calendarFormat'

type Outcome = { ok: boolean; message: string }

async function post(path: string, body: object): Promise<Outcome> {
  const response = await fetch(path, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  if (response.ok) return { ok: true, message: '' }
  const answer = (await response.json().catch(() => null)) as { error?: string } | null
  return { ok: false, message: answer?.error ?? 'That did not work. Please try again.' }
}

/** A failed schedule: why, and what to do (open the document, retry now or later, or dismiss). */
function FailedSchedule({ entry, timeZone }: { entry: CalendarEntry; timeZone: string | null }) {
  const router = useRouter()
  const [at, setAt] = useState('')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  const act = async (path: string, body: object, done: string) => {
    setBusy(true)
    const result = await post(path, body)
    setBusy(false)
    setOutcome(result.ok ? { ok: true, message: done } : result)
    if (result.ok) router.refresh()
  }
  const retry = (when: 'now' | 'later') =>
    act('/api/calendar/retry', { jobId: entry.jobId, ...(when === 'later' ? { at: new Date(at).toISOString() } : {}) }, when === 'now' ? 'Queued: it runs within a few seconds.' : 'Rescheduled.')
  const headingId = `failed-${entry.key}`

  return (
    <li className="editorial-calendar__failure" aria-labelledby={headingId} data-entry={entry.key}>
      <h3 id={headingId}>
        {KIND_LABEL[entry.kind]} failed: {entry.link ? <a href={entry.link}>{entry.title}</a> : entry.title}
      </h3>
      <p className="editorial-calendar__meta">
        {entry.collectionLabel}
        {timeZone ? ` · due ${dateTimeIn(entry.when, timeZone)}` : ''}
        {entry.who ? ` · scheduled by ${entry.who.name}` : ''}
      </p>
      <p className="editorial-calendar__reason">{entry.failure?.reason}</p>
      {entry.canRetry && (
        <div className="editorial-calendar__actions">
          {entry.link && (
            <a className="btn btn--style-secondary btn--size-small" href={entry.link}>
              Open to fix
            </a>
          )}
          {entry.link && (
            <button type="button" className="btn btn--style-primary btn--size-small" disabled={busy} onClick={() => void retry('now')}>
              Retry now
            </button>
          )}
          {entry.link && (
            <span className="editorial-calendar__retry-at">
              <label htmlFor={`${headingId}-at`}>Retry at</label>
              <input id={`${headingId}-at`} type="datetime-local" value={at} onChange={(event) => setAt(event.target.value)} />
              <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy || at === ''} onClick={() => void retry('later')}>
                Schedule retry
              </button>
            </span>
          )}
          <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => void act('/api/calendar/dismiss', { jobId: entry.jobId }, 'Dismissed.')}>
            Dismiss
          </button>
        </div>
      )}
      {!entry.canRetry && entry.link && (
        <p className="editorial-calendar__meta">
          <a href={entry.link}>Open the document</a> · someone who can edit it can retry.
        </p>
      )}
      <p role="status" className={outcome && !outcome.ok ? 'editorial-calendar__reason' : undefined}>
        {outcome?.message}
      </p>
    </li>
  )
}

/** Every failed schedule the viewer may see, whatever its date, until retried or dismissed. */
export function FailedSchedules({ failures, timeZone }: { failures: CalendarEntry[]; timeZone: string | null }) {
  if (failures.length === 0) return null
  return (
    <section className="editorial-calendar__failures" aria-labelledby="failed-schedules">
      <h2 id="failed-schedules">
        Failed schedules ({failures.length})
      </h2>
      <ul>
        {failures.map((entry) => (
          <FailedSchedule key={entry.key} entry={entry} timeZone={timeZone} />
        ))}
      </ul>
    </section>
  )
}
