import type { EventAttributes } from 'ics'

import type { BargainingSession } from '@/lib/content/types'
import { type Lang, localizedPath } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import { renderCalendar } from './icsCalendar'

type DateTuple = [number, number, number]

const day = (iso: string): DateTuple => {
  const [year, month, date] = iso.slice(0, 10).split('-').map(Number) as DateTuple
  return [year, month, date]
}

/** The day after `iso`: all-day events end exclusively in iCalendar. */
const dayAfter = (iso: string): DateTuple => {
  const next = new Date(`${iso.slice(0, 10)}T00:00:00Z`)
  next.setUTCDate(next.getUTCDate() + 1)
  return day(next.toISOString())
}

export type CalendarEntry = { uid: string; title: string; start: string; end: string | null; location: string | null; url: string; description: string | null }

/** Upcoming sessions: dated sessions from today on, plus announced "next session" dates; links and titles in `lang`. */
export function upcomingSessions(sessions: BargainingSession[], today: string, baseUrl: string, lang: Lang): CalendarEntry[] {
  const t = messages(lang)
  const entries = new Map<string, CalendarEntry>()
  for (const session of sessions) {
    const url = `${baseUrl}${localizedPath(lang, session.href)}`
    if (session.sessionStart && session.sessionStart.slice(0, 10) >= today) {
      const uid = `${session.table}-${session.sessionStart.slice(0, 10)}`
      entries.set(uid, { uid, title: `${session.table}: ${session.title}`, start: session.sessionStart, end: session.sessionEnd, location: session.location, url, description: session.summary })
    }
    const next = session.nextSession
    if (next && next.start.slice(0, 10) >= today) {
      const uid = `${session.table}-${next.start.slice(0, 10)}`
      if (!entries.has(uid)) {
        entries.set(uid, { uid, title: t.feeds.calendarNextSession(session.table), start: next.start, end: next.end, location: next.location, url, description: session.summary })
      }
    }
  }
  return [...entries.values()].sort((a, b) => a.start.localeCompare(b.start))
}

export function buildCalendar(entries: CalendarEntry[], host: string, lang: Lang): string {
  const t = messages(lang)
  const events: EventAttributes[] = entries.map((entry) => ({
    uid: `${entry.uid.replace(/[^a-zA-Z0-9-]+/g, '-').toLowerCase()}@${host}`,
    title: entry.title,
    start: day(entry.start),
    end: dayAfter(entry.end ?? entry.start),
    location: entry.location ?? undefined,
    url: entry.url,
    description: entry.description ?? undefined,
  }))
  return renderCalendar(events, { name: t.feeds.calendarName, productId: 'coalition-portal/bargaining' })
}
