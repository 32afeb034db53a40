// GET /bargaining/calendar.ics – upcoming bargaining sessions for calendar apps.
import { getBargainingSessions } from '@/lib/content/getBargainingSessions'
import { todayIsoDay } from '@/lib/content/format'
import { getEnv } from '@/lib/env'
import { buildCalendar, upcomingSessions } from '@/lib/feeds/bargainingCalendar'

export const revalidate = 300

export async function GET() {
  const base = getEnv().SERVER_URL.replace(/\/$/, '')
  const entries = upcomingSessions(await getBargainingSessions(), todayIsoDay(), base)
  return new Response(buildCalendar(entries, new URL(base).host), {
    headers: { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': 'inline; filename="bargaining.ics"' },
  })
}
