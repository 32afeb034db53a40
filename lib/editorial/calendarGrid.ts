// Calendar grid arithmetic on plain dates (YYYY-MM-DD), the same on the server and in the browser:
// which days a month or week view shows, and the instants the server must read to cover them in any
// time zone (the browser places each entry on its own local day).

export type CalendarView = 'month' | 'week'

const DAY_MS = 24 * 60 * 60 * 1000
/** UTC−12 … UTC+14: a day's local span lies within this of its UTC span. */
const ZONE_MARGIN_MS = 14 * 60 * 60 * 1000

const toDate = (day: string) => new Date(`${day}T00:00:00Z`)
const toDay = (date: Date) => date.toISOString().slice(0, 10)

export function addDays(day: string, days: number): string {
  return toDay(new Date(toDate(day).getTime() + days * DAY_MS))
}

export function addMonths(day: string, months: number): string {
  const date = toDate(day)
  return toDay(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1)))
}

/** The days on screen: whole weeks, Sunday first (a month view: the weeks that touch the month). */
export function gridDays(view: CalendarView, anchor: string): string[] {
  const date = toDate(anchor)
  const first = view === 'month' ? new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1)) : date
  const start = toDay(new Date(first.getTime() - first.getUTCDay() * DAY_MS))
  if (view === 'week') return Array.from({ length: 7 }, (_, index) => addDays(start, index))
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0))
  const end = addDays(toDay(last), 6 - last.getUTCDay())
  const count = Math.round((toDate(end).getTime() - toDate(start).getTime()) / DAY_MS) + 1
  return Array.from({ length: count }, (_, index) => addDays(start, index))
}

/** The instants to read so that every grid day is covered in whatever zone the viewer is in. */
export function gridRange(view: CalendarView, anchor: string): { from: Date; to: Date } {
  const days = gridDays(view, anchor)
  return {
    from: new Date(toDate(days[0]!).getTime() - ZONE_MARGIN_MS),
    to: new Date(toDate(days.at(-1)!).getTime() + DAY_MS + ZONE_MARGIN_MS),
  }
}

/** The local day (YYYY-MM-DD) of an instant in a time zone. */
export function dayIn(instant: string | Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant))
}
