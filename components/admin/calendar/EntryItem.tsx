'use client'

import type { CalendarEntry } from '@/lib/editorial/calendarEntry'

import { KIND_LABEL, regionTimes, timeIn } from './calendarFormat'

/** One entry in a day: its time (and the region's), what happens, the title linking to the document. */
export function EntryItem({ entry, timeZone }: { entry: CalendarEntry; timeZone: string }) {
  const regional = regionTimes(entry, timeZone)
  const label = `${entry.status === 'failed' ? 'Failed ' : ''}${KIND_LABEL[entry.kind].toLowerCase()}`
  return (
    <li className={`editorial-calendar__entry editorial-calendar__entry--${entry.status} editorial-calendar__entry--${entry.kind}`} data-entry={entry.key}>
      <span className="editorial-calendar__time">{timeIn(entry.when, timeZone)}</span>{' '}
      <span className="editorial-calendar__kind">{label}</span>{' '}
      {entry.link ? (
        <a href={entry.link} className="editorial-calendar__title">
          {entry.title}
        </a>
      ) : (
        <span className="editorial-calendar__title">{entry.title}</span>
      )}
      <span className="editorial-calendar__meta">
        {entry.collectionLabel}
        {entry.regions.length > 0 ? ` · ${entry.regions.map((region) => region.name).join(', ')}` : ' · Coalition-wide'}
        {entry.who ? ` · ${entry.who.name}` : ''}
      </span>
      {regional.map((line) => (
        <span key={line} className="editorial-calendar__meta">
          {line}
        </span>
      ))}
      {entry.failure && <span className="editorial-calendar__reason">{entry.failure.reason}</span>}
    </li>
  )
}
