import type { FailureCause } from './failureReason'

// What the calendar view, the .ics feed and the retry endpoint share: plain data, no Payload types,
// so the admin's client component can take it as props.

export type CalendarRegion = { id: number; name: string; code: string; timeZone: string }

export type CalendarEntry = {
  /** Unique within a calendar: `job-<id>` or `published-<collection>-<id>`. */
  key: string
  kind: 'publish' | 'unpublish' | 'published'
  status: 'scheduled' | 'failed' | 'published'
  collection: string
  collectionLabel: string
  docId: number
  /** The document's title, or "(deleted)" when it is gone. */
  title: string
  regions: CalendarRegion[]
  /** UTC instant (ISO 8601). */
  when: string
  /** Who scheduled it, or who published it. */
  who: { id: number; name: string } | null
  /** Admin link of the document (absent once deleted). */
  link: string | null
  jobId: number | null
  failure: { cause: FailureCause; reason: string } | null
  /** Whether the viewer may retry (or dismiss) this failed schedule. */
  canRetry: boolean
}

export type CalendarFilters = { region?: number; collection?: string; author?: number }

export type Calendar = {
  entries: CalendarEntry[]
  /** Every failed schedule the viewer may see, whatever its date (newest first). */
  failures: CalendarEntry[]
}
