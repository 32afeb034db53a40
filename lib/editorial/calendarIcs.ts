import type { EventAttributes } from 'ics'

import { renderCalendar } from '@/lib/feeds/icsCalendar'

import type { CalendarEntry } from './calendarEntry'

const SUMMARY: Record<CalendarEntry['kind'], string> = { publish: 'Publishes', unpublish: 'Unpublishes', published: 'Published' }

/** The feed covers the last month and the next six. */
export function feedRange(now: Date): { from: Date; to: Date } {
  const day = 24 * 60 * 60 * 1000
  return { from: new Date(now.getTime() - 31 * day), to: new Date(now.getTime() + 183 * day) }
}

function describe(entry: CalendarEntry): string {
  const lines = [
    `${entry.collectionLabel}: ${entry.title}`,
    entry.regions.length > 0 ? `Regions: ${entry.regions.map((region) => `${region.name} (${region.timeZone})`).join(', ')}` : 'Coalition-wide',
    entry.who ? `${entry.kind === 'published' ? 'Published' : 'Scheduled'} by ${entry.who.name}` : null,
    entry.failure ? `FAILED: ${entry.failure.reason}` : null,
  ]
  return lines.filter((line): line is string => line !== null).join('\n')
}

/** A staff member's editorial calendar as iCalendar: one 15-minute event per entry, at its UTC instant. */
export function buildEditorialCalendar(entries: CalendarEntry[], { serverUrl, name }: { serverUrl: string; name: string }): string {
  const base = serverUrl.replace(/\/$/, '')
  const host = new URL(base).host
  const events: EventAttributes[] = entries.map((entry) => ({
    uid: `${entry.key}@${host}`,
    title: `${entry.failure ? 'FAILED – ' : ''}${SUMMARY[entry.kind]}: ${entry.title}`,
    start: new Date(entry.when).getTime(),
    duration: { minutes: 15 },
    description: describe(entry),
    ...(entry.link ? { url: `${base}${entry.link}` } : {}),
  }))
  return renderCalendar(events, { name, productId: 'coalition-portal/editorial' })
}
