import type { Payload } from 'payload'

import { getCalendar } from '@/lib/editorial/calendar'
import type { CalendarEntry } from '@/lib/editorial/calendarEntry'
import type { User } from '@/payload-types'

import type { DashboardItem, ItemList } from './types'

const DAY_MS = 24 * 60 * 60 * 1000

const ACTION: Record<CalendarEntry['kind'], string> = { publish: 'Goes live', unpublish: 'Comes down', published: 'Published' }

function toItem(entry: CalendarEntry): DashboardItem {
  const by = entry.who ? ` · scheduled by ${entry.who.name}` : ''
  return {
    key: entry.key,
    title: entry.title,
    collectionLabel: entry.collectionLabel,
    link: entry.link,
    regions: entry.regions.map((region) => region.name),
    when: entry.when,
    detail: entry.failure ? entry.failure.reason : `${ACTION[entry.kind]}${by}`,
    alert: entry.status === 'failed' || undefined,
  }
}

/**
 * Scheduled publishes and unpublishes due in the next `days` days, soonest first, as the editorial
 * calendar shows them to this viewer (regional staff: their regions' items only).
 */
export async function upcomingSchedules(payload: Payload, user: User, now: Date, days: number, limit = 10): Promise<ItemList> {
  const calendar = await getCalendar(payload, user, { from: now, to: new Date(now.getTime() + days * DAY_MS) })
  const due = calendar.entries.filter((entry) => entry.status === 'scheduled')
  return { total: due.length, items: due.slice(0, limit).map(toItem) }
}

/**
 * Schedules that failed and wait for someone to retry or dismiss them (any date, newest first), with
 * the reason in words. An empty range: the calendar then reads failures only.
 */
export async function failedSchedules(payload: Payload, user: User, now: Date, limit = 10): Promise<ItemList> {
  const { failures } = await getCalendar(payload, user, { from: now, to: now })
  return { total: failures.length, items: failures.slice(0, limit).map(toItem) }
}
