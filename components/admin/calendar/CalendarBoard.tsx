'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useSyncExternalStore } from 'react'

import type { Calendar, CalendarEntry } from '@/lib/editorial/calendarEntry'
import { addDays, addMonths, type CalendarView, dayIn, gridDays } from '@/lib/editorial/calendarGrid'

import { dayLabel, periodLabel } from './calendarFormat'
import { EntryItem } from './EntryItem'
import { FailedSchedules } from './FailedSchedules'
import { FeedPanel } from './FeedPanel'

type Option = { value: string; label: string }
type Filters = { region: string; collection: string; author: string }

type Props = {
  view: CalendarView
  anchor: string
  anchorFromQuery: boolean
  filters: Filters
  options: { regions: Option[]; collections: Option[]; authors: Option[] }
  calendar: Calendar
  feedSince: string | null
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

// The browser's zone; null while rendering on the server, so times are only ever drawn in the viewer's zone.
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone
const noSubscription = () => () => {}
const useViewerZone = () => useSyncExternalStore(noSubscription, browserZone, () => null)

function hrefFor(view: CalendarView, date: string, filters: Filters) {
  const query = new URLSearchParams({ view, date })
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value)
  return `?${query.toString()}`
}

function FilterSelect({ name, label, value, options, any }: { name: keyof Filters; label: string; value: string; options: Option[]; any: string }) {
  return (
    <label className="editorial-calendar__filter">
      <span>{label}</span>
      <select name={name} defaultValue={value}>
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}

function DayCell({ day, entries, timeZone, inMonth, today, view }: { day: string; entries: CalendarEntry[]; timeZone: string; inMonth: boolean; today: boolean; view: CalendarView }) {
  return (
    <td className={`editorial-calendar__day${inMonth ? '' : ' editorial-calendar__day--outside'}${today ? ' editorial-calendar__day--today' : ''}`} data-day={day}>
      {view === 'month' && (
        <span className="editorial-calendar__date" aria-current={today ? 'date' : undefined}>
          {dayLabel(day, 'short')}
        </span>
      )}
      {entries.length > 0 && (
        <ul className="editorial-calendar__entries" aria-label={`${dayLabel(day, 'long')}: ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}`}>
          {entries.map((entry) => (
            <EntryItem key={entry.key} entry={entry} timeZone={timeZone} />
          ))}
        </ul>
      )}
    </td>
  )
}

/** The calendar page: toolbar (view, previous / today / next), filters, the grid, failures, the .ics feed. */
export function CalendarBoard({ view, anchor, anchorFromQuery, filters, options, calendar, feedSince }: Props) {
  const router = useRouter()
  const timeZone = useViewerZone()
  const today = timeZone ? dayIn(new Date(), timeZone) : null

  // Without ?date= the server took today in UTC; where the viewer's today is another day, ask for theirs.
  useEffect(() => {
    if (!anchorFromQuery && today && today !== anchor) router.replace(hrefFor(view, today, filters))
  }, [anchorFromQuery, today, anchor, view, filters, router])

  const days = gridDays(view, anchor)
  const month = anchor.slice(0, 7)
  const step = (direction: 1 | -1) => (view === 'month' ? addMonths(anchor, direction) : addDays(anchor, 7 * direction))
  const byDay = new Map<string, CalendarEntry[]>()
  if (timeZone) {
    for (const entry of calendar.entries) {
      const day = dayIn(entry.when, timeZone)
      byDay.set(day, [...(byDay.get(day) ?? []), entry])
    }
  }
  const weeks = Array.from({ length: days.length / 7 }, (_, index) => days.slice(index * 7, index * 7 + 7))
  const title = periodLabel(view, days[0]!, anchor)

  return (
    <div className="editorial-calendar">
      <header className="editorial-calendar__header">
        <h1>Calendar</h1>
        <p className="editorial-calendar__lede">
          Scheduled publishes and unpublishes, failed schedules and published items{timeZone ? `, in your time zone (${timeZone})` : ''}.
        </p>
      </header>

      <nav className="editorial-calendar__toolbar" aria-label="Calendar period">
        <div className="editorial-calendar__views" role="group" aria-label="View">
          <a className="btn btn--style-secondary btn--size-small" href={hrefFor('month', anchor, filters)} aria-current={view === 'month' ? 'page' : undefined}>
            Month
          </a>
          <a className="btn btn--style-secondary btn--size-small" href={hrefFor('week', anchor, filters)} aria-current={view === 'week' ? 'page' : undefined}>
            Week
          </a>
        </div>
        <div className="editorial-calendar__steps">
          <a className="btn btn--style-secondary btn--size-small" href={hrefFor(view, step(-1), filters)} aria-label={`Previous ${view}`}>
            ‹ Previous
          </a>
          <a className="btn btn--style-secondary btn--size-small" href={hrefFor(view, today ?? anchor, filters)}>
            Today
          </a>
          <a className="btn btn--style-secondary btn--size-small" href={hrefFor(view, step(1), filters)} aria-label={`Next ${view}`}>
            Next ›
          </a>
        </div>
      </nav>

      <form className="editorial-calendar__filters" method="get" aria-label="Filters">
        <input type="hidden" name="view" value={view} />
        <input type="hidden" name="date" value={anchor} />
        <FilterSelect name="region" label="Region" value={filters.region} options={options.regions} any="All regions" />
        <FilterSelect name="collection" label="Collection" value={filters.collection} options={options.collections} any="All collections" />
        <FilterSelect name="author" label="Author" value={filters.author} options={options.authors} any="Anyone" />
        <button type="submit" className="btn btn--style-primary btn--size-small">
          Apply filters
        </button>
      </form>

      <FailedSchedules failures={calendar.failures} timeZone={timeZone} />

      <h2 className="editorial-calendar__period" id="calendar-period">
        {title}
      </h2>
      {timeZone ? (
        <table className={`editorial-calendar__grid editorial-calendar__grid--${view}`} aria-labelledby="calendar-period">
          <thead>
            <tr>
              {(view === 'month' ? WEEKDAYS : days).map((label) => (
                <th key={label} scope="col">
                  {view === 'month' ? label : dayLabel(label, 'long')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week[0]}>
                {week.map((day) => (
                  <DayCell key={day} day={day} view={view} entries={byDay.get(day) ?? []} timeZone={timeZone} inMonth={view === 'week' || day.startsWith(month)} today={day === today} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p role="status">Loading the calendar…</p>
      )}
      {timeZone && calendar.entries.length === 0 && <p className="editorial-calendar__empty">Nothing scheduled or published in this period.</p>}

      <FeedPanel since={feedSince} />
    </div>
  )
}
