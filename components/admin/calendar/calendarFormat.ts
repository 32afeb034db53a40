import type { CalendarEntry } from '@/lib/editorial/calendarEntry'

// How the calendar writes times: in the viewer's zone, with a region's own time beside it when it differs.

export const KIND_LABEL: Record<CalendarEntry['kind'], string> = { publish: 'Publish', unpublish: 'Unpublish', published: 'Published' }

export function timeIn(instant: string, timeZone: string, withZone = false): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit', ...(withZone ? { timeZoneName: 'short' } : {}) }).format(new Date(instant))
}

export function dateTimeIn(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant))
}

/** "Honolulu 7:00 AM HST" for each region zone unlike the viewer's, or nothing. */
export function regionTimes(entry: CalendarEntry, viewerZone: string): string[] {
  const zones = [...new Set(entry.regions.map((region) => region.timeZone))].filter((zone) => zone !== viewerZone)
  return zones.map((zone) => {
    const names = entry.regions.filter((region) => region.timeZone === zone).map((region) => region.name)
    return `${names.join(', ')}: ${timeIn(entry.when, zone, true)}`
  })
}

/** The day a month's label is written for, e.g. "February 2027" / "Week of Feb 7, 2027". */
export function periodLabel(view: 'month' | 'week', firstDay: string, anchor: string): string {
  if (view === 'month') return new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(new Date(`${anchor}T00:00:00Z`))
  return `Week of ${new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'medium' }).format(new Date(`${firstDay}T00:00:00Z`))}`
}

export function dayLabel(day: string, style: 'short' | 'long'): string {
  const options: Intl.DateTimeFormatOptions = style === 'long' ? { weekday: 'short', month: 'short', day: 'numeric' } : { day: 'numeric' }
  return new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', ...options }).format(new Date(`${day}T00:00:00Z`))
}
