import type { WidgetServerProps } from 'payload'

import { failedSchedules } from '@/lib/dashboard/schedules'

import { ItemList } from './ItemList'
import { widgetData } from './widgetData'
import { WidgetCard, WidgetError } from './WidgetCard'

const ID = 'failed-schedules'
const TITLE = 'Failed schedules'

/** Schedules that did not go out, with the reason; the calendar has Retry and Dismiss for each. */
export async function FailedSchedulesWidget({ req }: WidgetServerProps) {
  const result = await widgetData(req, ID, (user) => failedSchedules(req.payload, user, new Date()))
  if (result === 'signed-out') return null
  if (result === 'failed') return <WidgetError id={ID} title={TITLE} />
  return (
    <WidgetCard id={ID} title={TITLE} count={result.data.total} link={{ href: `${req.payload.config.routes.admin}/calendar`, label: 'Retry or dismiss in the calendar' }}>
      <ItemList list={result.data} label={TITLE} empty="No failed schedules: everything scheduled went out." />
    </WidgetCard>
  )
}
