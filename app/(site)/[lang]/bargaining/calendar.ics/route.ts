// GET /bargaining/calendar.ics, /es/bargaining/calendar.ics – upcoming bargaining sessions for calendar apps.
import { getBargainingSessions } from '@/lib/content/getBargainingSessions'
import { todayIsoDay } from '@/lib/content/format'
import { getEnv } from '@/lib/env'
import { buildCalendar, upcomingSessions } from '@/lib/feeds/bargainingCalendar'
import { languageParams, toLang } from '@/lib/i18n/languages'

export const revalidate = 300

// One calendar per language, built ahead like the pages.
export const generateStaticParams = languageParams
export const dynamicParams = false

export async function GET(_request: Request, { params }: { params: Promise<{ lang: string }> }) {
  const lang = toLang((await params).lang)
  const base = getEnv().SERVER_URL.replace(/\/$/, '')
  const entries = upcomingSessions(await getBargainingSessions(lang), todayIsoDay(), base, lang)
  return new Response(buildCalendar(entries, new URL(base).host, lang), {
    headers: { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': 'inline; filename="bargaining.ics"' },
  })
}
