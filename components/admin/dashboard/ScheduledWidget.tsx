import type { WidgetServerProps } from 'payload'
import { z } from 'zod'

import { upcomingSchedules } from '@/lib/dashboard/schedules'
import { SCHEDULE_DAYS, WIDGETS } from '@/lib/dashboard/layout'
import type { User } from '@/payload-types'

import { drawWidget } from './drawWidget'
import { ItemList } from './ItemList'
import { WidgetCard } from './WidgetCard'

const ID = WIDGETS.scheduled

// The widget's "Days ahead" setting (saved by Payload with the person's layout): 1 to 60, else the role's default.
const settings = z.object({ days: z.number().int().min(1).max(60).nullish() }).catch({ days: null })

/** What goes live (or comes down) in the coming days, soonest first: the calendar's next stretch. */
export async function ScheduledWidget({ req, widgetData: saved }: WidgetServerProps) {
  const chosen = settings.parse(saved ?? {}).days
  const read = async (user: User) => {
    const days = chosen ?? SCHEDULE_DAYS[user.role]
    return { days, list: await upcomingSchedules(req.payload, user, new Date(), days) }
  }
  return drawWidget(req, ID, 'Scheduled', read, ({ days, list }) => {
    const title = `Scheduled, next ${days} days`
    return (
      <WidgetCard id={ID} title={title} count={list.total} link={{ href: `${req.payload.config.routes.admin}/calendar`, label: 'Open the calendar' }}>
        <ItemList list={list} label={title} empty={`Nothing is scheduled for the next ${days} days.`} />
      </WidgetCard>
    )
  })
}
