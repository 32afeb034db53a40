import type { WidgetServerProps } from 'payload'

import { regionDrafts } from '@/lib/dashboard/drafts'
import { WIDGETS } from '@/lib/dashboard/layout'

import { drawWidget } from './drawWidget'
import { ItemList } from './ItemList'
import { WidgetCard } from './WidgetCard'

const ID = WIDGETS.drafts

/** Drafts (never published, or with unpublished changes) the viewer may work on, newest edit first. */
export async function DraftsWidget({ req }: WidgetServerProps) {
  return drawWidget(req, ID, 'Drafts', (user) => regionDrafts(req.payload, user), (drafts, user) => {
    const title = user.role === 'regional' ? 'Drafts in your regions' : 'Drafts'
    return (
      <WidgetCard id={ID} title={title} count={drafts.total}>
        <ItemList list={drafts} label={title} empty="No drafts: everything is published." />
      </WidgetCard>
    )
  })
}
