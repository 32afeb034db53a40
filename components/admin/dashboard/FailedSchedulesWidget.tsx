import type { WidgetServerProps } from 'payload'

import { failedSchedules } from '@/lib/dashboard/schedules'
import { WIDGETS } from '@/lib/dashboard/layout'

import { drawWidget } from './drawWidget'
import { ItemList } from './ItemList'
import { WidgetCard } from './WidgetCard'

const ID = WIDGETS.failed
const TITLE = 'Failed schedules'

/** Schedules that did not go out, with the reason; the calendar has Retry and Dismiss for each. */
export async function FailedSchedulesWidget({ req }: WidgetServerProps) {
  return drawWidget(req, ID, TITLE, (user) => failedSchedules(req.payload, user, new Date()), (failed) => (
    <WidgetCard id={ID} title={TITLE} count={failed.total} link={{ href: `${req.payload.config.routes.admin}/calendar`, label: 'Retry or dismiss in the calendar' }}>
      <ItemList list={failed} label={TITLE} empty="No failed schedules: everything scheduled went out." />
    </WidgetCard>
  ))
}
