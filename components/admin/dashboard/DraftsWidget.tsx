import type { WidgetServerProps } from 'payload'

import { regionDrafts } from '@/lib/dashboard/drafts'

import { ItemList } from './ItemList'
import { widgetData } from './widgetData'
import { WidgetCard, WidgetError } from './WidgetCard'

const ID = 'drafts'

/** Drafts (never published, or with unpublished changes) the viewer may work on, newest edit first. */
export async function DraftsWidget({ req }: WidgetServerProps) {
  const result = await widgetData(req, ID, (user) => regionDrafts(req.payload, user))
  if (result === 'signed-out') return null
  const title = result !== 'failed' && result.user.role === 'regional' ? 'Drafts in your regions' : 'Drafts'
  if (result === 'failed') return <WidgetError id={ID} title={title} />
  return (
    <WidgetCard id={ID} title={title} count={result.data.total}>
      <ItemList list={result.data} label={title} empty="No drafts: everything is published." />
    </WidgetCard>
  )
}
