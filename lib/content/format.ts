// Dates, money and counts as members read them (US English).

/** Publish times are shown in the coalition's head-office zone, so a date never flips overnight. */
export const SITE_TIME_ZONE = 'America/Los_Angeles'

// Day-only fields (session dates, key dates, terms) are stored as UTC midnight: read them in UTC.
const dayFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' })
const shortMonthFormat = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' })
const weekdayFormat = new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' })
const monthYearFormat = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' })
const publishedFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: SITE_TIME_ZONE })
const isoDayFormat = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: SITE_TIME_ZONE })

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? null : date
}

/** "July 11, 2023" for a day-only field. */
export function formatDay(iso: string | null | undefined): string {
  const date = parse(iso)
  return date ? dayFormat.format(date) : ''
}

/** "Tuesday, January 6, 2027" for the date members plan around. */
export function formatDayWithWeekday(iso: string | null | undefined): string {
  const date = parse(iso)
  return date ? weekdayFormat.format(date) : ''
}

/** "June 2, 2025" for a publish timestamp. */
export function formatPublished(iso: string | null | undefined): string {
  const date = parse(iso)
  return date ? publishedFormat.format(date) : ''
}

const monthFormat = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' })

/** "July 11–13, 2023", "July 30 – August 1, 2023" or a single day; built by hand so every ICU agrees. */
export function formatDayRange(startIso: string | null | undefined, endIso: string | null | undefined): string {
  const start = parse(startIso)
  const end = parse(endIso)
  if (!start) return ''
  if (!end || end.getTime() <= start.getTime()) return dayFormat.format(start)
  const year = start.getUTCFullYear()
  if (year !== end.getUTCFullYear()) return `${dayFormat.format(start)} – ${dayFormat.format(end)}`
  const startMonth = monthFormat.format(start)
  // Word joiners keep "6–8" together when the line wraps.
  if (start.getUTCMonth() === end.getUTCMonth()) return `${startMonth} ${start.getUTCDate()}\u2060–\u2060${end.getUTCDate()}, ${year}`
  return `${startMonth} ${start.getUTCDate()} – ${monthFormat.format(end)} ${end.getUTCDate()}, ${year}`
}

/** "September 2022 – June 2025", "Since June 2025", or "" when the term is unknown. */
export function formatTerm(startIso: string | null | undefined, endIso: string | null | undefined): string {
  const start = parse(startIso)
  const end = parse(endIso)
  if (start && end) return `${monthYearFormat.format(start)} – ${monthYearFormat.format(end)}`
  if (start) return `Since ${monthYearFormat.format(start)}`
  if (end) return `Until ${monthYearFormat.format(end)}`
  return ''
}

/** Month and day for a calendar-page badge: { month: 'Jan', day: 6 }. */
export function calendarBadge(iso: string | null | undefined): { month: string; day: number } | null {
  const date = parse(iso)
  return date ? { month: shortMonthFormat.format(date), day: date.getUTCDate() } : null
}

/** Today's calendar date in the site zone as YYYY-MM-DD, comparable with day-only fields. */
export function todayIsoDay(now: Date = new Date()): string {
  return isoDayFormat.format(now)
}

/** The four-digit year of a publish timestamp in the site zone. */
export function publishedYear(iso: string | null | undefined): number | null {
  const date = parse(iso)
  return date ? Number(isoDayFormat.format(date).slice(0, 4)) : null
}

/** Midnight of 1 January in the site zone as an ISO instant, so a year filter agrees with the dates shown. */
export function startOfYearInSiteZone(year: number): string {
  const utcMidnight = Date.UTC(year, 0, 1)
  const offset = new Date(utcMidnight).toLocaleString('en-US', { timeZone: SITE_TIME_ZONE, timeZoneName: 'longOffset' })
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(offset)
  const minutes = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0
  return new Date(utcMidnight - minutes * 60_000).toISOString()
}

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 })
const count = new Intl.NumberFormat('en-US')

export function formatMoney(amount: number): string {
  return money.format(amount)
}

export function formatCount(value: number): string {
  return count.format(value)
}

/** "680 KB", "1.2 MB". */
export function formatBytes(bytes: number | null | undefined): string {
  if (!bytes || bytes < 0) return ''
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
