import type { WidgetServerProps } from 'payload'

import { myReviews } from '@/lib/dashboard/reviews'
import { WIDGETS } from '@/lib/dashboard/layout'

import { drawWidget } from './drawWidget'
import { ItemList } from './ItemList'
import { WidgetCard } from './WidgetCard'

const ID = WIDGETS.myReviews
const TITLE = 'Review'

/** For regional staff: their regions' items waiting for a decision, and what came back to them with a note. */
export async function MyReviewsWidget({ req }: WidgetServerProps) {
  return drawWidget(req, ID, TITLE, (user) => myReviews(req.payload, user), ({ waiting, sentBack }) => (
    <WidgetCard id={ID} title={TITLE} link={{ href: `${req.payload.config.routes.admin}/review`, label: 'Open the review queue' }}>
      <h3 className="portal-widget__subtitle">
        Sent back to you <span className="portal-widget__count">{sentBack.total}</span>
      </h3>
      <ItemList list={sentBack} label="Sent back to you" empty="Nothing was sent back to you." />
      <h3 className="portal-widget__subtitle">
        Waiting for review <span className="portal-widget__count">{waiting.total}</span>
      </h3>
      <ItemList list={waiting} label="Waiting for review" empty="Nothing of your regions is waiting for review." />
    </WidgetCard>
  ))
}
