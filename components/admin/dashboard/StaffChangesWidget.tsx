import type { WidgetServerProps } from 'payload'

import { staffChanges } from '@/lib/dashboard/staffChanges'
import { WIDGETS } from '@/lib/dashboard/layout'

import { drawWidget } from './drawWidget'
import { ItemList } from './ItemList'
import { WidgetCard } from './WidgetCard'

const ID = WIDGETS.staff
const TITLE = 'Staff changes'

/** For admins: who was given an account, a role or regions, or lost one, from the activity log. */
export async function StaffChangesWidget({ req }: WidgetServerProps) {
  return drawWidget(req, ID, TITLE, (user) => staffChanges(req.payload, user), (changes, user) => (
    <WidgetCard id={ID} title={TITLE} link={{ href: `${req.payload.config.routes.admin}/collections/activity?where[collectionSlug][equals]=users`, label: 'All staff changes' }}>
      {/* The log gives staff-account entries to admins only; anyone else who adds this widget sees why it is empty. */}
      {user.role === 'admin' ? <ItemList list={changes} label={TITLE} empty="No changes to staff accounts yet." /> : <p className="portal-widget__empty">Only admins see changes to staff accounts.</p>}
    </WidgetCard>
  ))
}
