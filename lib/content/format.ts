// Dates, money and counts as members read them, in US English or US Spanish (Intl, en-US / es-US).

import { INTL_LOCALE, type Lang } from '@/lib/i18n/languages'

/** Publish times are shown in the coalition's head-office zone, so a date never flips overnight. */
export const SITE_TIME_ZONE = 'America/Los_Angeles'

/** One set of Intl formatters per language, built on first use. */
function formatters(lang: Lang) {
  const locale = INTL_LOCALE[lang]
  // Day-only fields (session dates, key dates, terms) are stored as UTC midnight: read them in UTC.
  return {
    day: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
    shortMonth: new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }),
    weekday: new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' }),
    monthYear: new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    month: new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }),
    published: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: SITE_TIME_ZONE }),
    money: new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }),
    count: new Intl.NumberFormat(locale),
    decimal: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
  }
}
const byLang: Partial<Record<Lang, ReturnType<typeof formatters>>> = {}
function fmt(lang: Lang) {
  return (byLang[lang] ??= formatters(lang))
}
const isoDayFormat = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: SITE_TIME_ZONE })

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? null : date
}

/** "July 11, 2023" / "11 de julio de 2023" for a day-only field. */
export function formatDay(iso: string | null | undefined, lang: Lang): string {
  const date = parse(iso)
  return date ? fmt(lang).day.format(date) : ''
}

/** "Tuesday, January 6, 2027" / "martes, 6 de enero de 2027" for the date members plan around. */
export function formatDayWithWeekday(iso: string | null | undefined, lang: Lang): string {
  const date = parse(iso)
  return date ? fmt(lang).weekday.format(date) : ''
}

/** "June 2, 2025" / "2 de junio de 2025" for a publish timestamp. */
export function formatPublished(iso: string | null | undefined, lang: Lang): string {
  const date = parse(iso)
  return date ? fmt(lang).published.format(date) : ''
}

/**
 * "July 11–13, 2023" / "11–13 de julio de 2023", across months "July 30 – August 1, 2023" /
 * "30 de julio – 1 de agosto de 2023", or a single day; built by hand so every ICU agrees.
 */
export function formatDayRange(startIso: string | null | undefined, endIso: string | null | undefined, lang: Lang): string {
  const start = parse(startIso)
  const end = parse(endIso)
  const f = fmt(lang)
  if (!start) return ''
  if (!end || end.getTime() <= start.getTime()) return f.day.format(start)
  const year = start.getUTCFullYear()
  if (year !== end.getUTCFullYear()) return `${f.day.format(start)} – ${f.day.format(end)}`
  const startMonth = f.month.format(start)
  const endMonth = f.month.format(end)
  const [d1, d2] = [start.getUTCDate(), end.getUTCDate()]
  const sameMonth = start.getUTCMonth() === end.getUTCMonth()
  // Word joiners keep "6–8" together when the line wraps.
  if (lang === 'es') return sameMonth ? `${d1}\u2060–\u2060${d2} de ${startMonth} de ${year}` : `${d1} de ${startMonth} – ${d2} de ${endMonth} de ${year}`
  return sameMonth ? `${startMonth} ${d1}\u2060–\u2060${d2}, ${year}` : `${startMonth} ${d1} – ${endMonth} ${d2}, ${year}`
}

/** "June 2025" / "junio de 2025": a term's ends (the caller words "since" and "until" from the catalogue). */
export function formatMonthYear(iso: string | null | undefined, lang: Lang): string {
  const date = parse(iso)
  return date ? fmt(lang).monthYear.format(date) : ''
}

/** Month and day for a calendar-page badge: { month: 'Jan', day: 6 } / { month: 'ene', day: 6 }. */
export function calendarBadge(iso: string | null | undefined, lang: Lang): { month: string; day: number } | null {
  const date = parse(iso)
  return date ? { month: fmt(lang).shortMonth.format(date).replace(/\.$/, ''), day: date.getUTCDate() } : null
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

/** Whole US dollars as each language writes them ("$1,500" in both en-US and es-US). */
export function formatMoney(amount: number, lang: Lang): string {
  return fmt(lang).money.format(amount)
}

/** "85,000": es-US groups digits as en-US does; Intl decides per language. */
export function formatCount(value: number, lang: Lang): string {
  return fmt(lang).count.format(value)
}

/** "680 KB", "1.2 MB", with the language's decimal mark. */
export function formatBytes(bytes: number | null | undefined, lang: Lang): string {
  if (!bytes || bytes < 0) return ''
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${fmt(lang).decimal.format(bytes / (1024 * 1024))} MB`
}
