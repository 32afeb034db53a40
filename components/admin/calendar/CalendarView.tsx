import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { staffUser } from '@/lib/auth/viewer'
import { getCalendar } from '@/lib/editorial/calendar'
import { calendarCollections } from '@/lib/editorial/calendarCollections'
import { feedTokenSince } from '@/lib/editorial/calendarFeedToken'
import { gridRange } from '@/lib/editorial/calendarGrid'
import { regionIds } from '@/lib/regions/regionKey'
import { calendarQuery } from '@/lib/schemas/calendar'

import { CalendarBoard } from './CalendarBoard'
import './calendar.css'

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** /admin/calendar: reads the calendar as the signed-in staff member, the browser lays it out in its own time zone. */
export async function CalendarView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = staffUser(req)
  if (!user) redirect(`${req.payload.config.routes.admin}/login`)

  const query = calendarQuery.parse(Object.fromEntries(Object.entries(searchParams ?? {}).map(([key, value]) => [key, first(value)])))
  const anchor = query.date ?? new Date().toISOString().slice(0, 10)
  const filters = { region: query.region, collection: query.collection, author: query.author }
  const payload = req.payload

  const [calendar, regions, staff, feedSince] = await Promise.all([
    getCalendar(payload, user, gridRange(query.view, anchor), filters),
    payload.find({ collection: 'regions', select: { name: true }, depth: 0, pagination: false, sort: 'name', overrideAccess: true }),
    payload.find({ collection: 'users', select: { name: true }, depth: 0, pagination: false, sort: 'name', overrideAccess: true }),
    feedTokenSince(payload, user),
  ])
  // Regional staff filter within their own regions; everyone picks among every staff member as author.
  const own = new Set(regionIds(user.regions))
  const regionOptions = regions.docs.filter((region) => user.role !== 'regional' || own.has(region.id)).map((region) => ({ value: String(region.id), label: region.name }))

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user}
      visibleEntities={visibleEntities}
      viewType="calendar"
    >
      <Gutter>
        <CalendarBoard
          view={query.view}
          anchor={anchor}
          anchorFromQuery={Boolean(query.date)}
          filters={{ region: query.region ? String(query.region) : '', collection: query.collection ?? '', author: query.author ? String(query.author) : '' }}
          options={{
            regions: regionOptions,
            collections: calendarCollections(payload).map((collection) => ({ value: collection.slug, label: collection.label })),
            authors: staff.docs.map((person) => ({ value: String(person.id), label: person.name })),
          }}
          calendar={calendar}
          feedSince={feedSince}
        />
      </Gutter>
    </DefaultTemplate>
  )
}
