import type { WidgetServerProps } from 'payload'

import { staffChanges } from '@/lib/dashboard/staffChanges'

import { ItemList } from './ItemList'
import { widgetData } from './widgetData'
import { WidgetCard, WidgetError } from './WidgetCard'

const ID = 'staff-changes'
const TITLE = 'Staff changes'

/** For admins: who was given an account, a role or regions, or lost one, from the activity log. */
export async function StaffChangesWidget({ req }: WidgetServerProps) {
  const result = await widgetData(req, ID, (user) => staffChanges(req.payload, user))
  if (result === 'signed-out') return null
  if (result === 'failed') return <WidgetError id={ID} title={TITLE} />
  // The log gives staff-account entries to admins only; anyone else who adds this widget sees why it is empty.
  if (result.user.role !== 'admin') {
    return (
      <WidgetCard id={ID} title={TITLE}>
        <p className="portal-widget__empty">Only admins see changes to staff accounts.</p>
      </WidgetCard>
    )
  }
  return (
    <WidgetCard id={ID} title={TITLE} link={{ href: `${req.payload.config.routes.admin}/collections/activity?where[collectionSlug][equals]=users`, label: 'All staff changes' }}>
      <ItemList list={result.data} label={TITLE} empty="No changes to staff accounts yet." />
    </WidgetCard>
  )
}
