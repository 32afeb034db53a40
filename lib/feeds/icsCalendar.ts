import { createEvents, type EventAttributes } from 'ics'

/**
 * An iCalendar file of these events (the bargaining calendar and staff's editorial feeds). ics refuses
 * an empty list, but an empty calendar is still a valid subscription, so that one is written by hand.
 */
export function renderCalendar(events: EventAttributes[], { name, productId }: { name: string; productId: string }): string {
  if (events.length === 0) {
    return ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${productId}`, `X-WR-CALNAME:${name}`, 'END:VCALENDAR', ''].join('\r\n')
  }
  const { error, value } = createEvents(events.map((event) => ({ ...event, calName: name, productId })))
  if (error || !value) throw error ?? new Error('calendar could not be built')
  return value
}
