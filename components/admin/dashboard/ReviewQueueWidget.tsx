import type { WidgetServerProps } from 'payload'

import { reviewQueueSummary } from '@/lib/dashboard/reviews'
import { WIDGETS } from '@/lib/dashboard/layout'

import { drawWidget } from './drawWidget'
import { ItemList } from './ItemList'
import { WidgetCard } from './WidgetCard'

const ID = WIDGETS.reviewQueue
const TITLE = 'Review queue'

/** For the people who decide: how many items wait, per region, and the ones waiting longest. */
export async function ReviewQueueWidget({ req }: WidgetServerProps) {
  return drawWidget(req, ID, TITLE, (user) => reviewQueueSummary(req.payload, user), ({ queue, byRegion }) => (
    <WidgetCard id={ID} title={TITLE} count={queue.total} link={{ href: `${req.payload.config.routes.admin}/review`, label: 'Open the review queue' }}>
      {byRegion.length > 0 ? (
        <table className="portal-widget__counts">
          <caption className="portal-widget__caption">Waiting, by region</caption>
          <thead>
            <tr>
              <th scope="col">Region</th>
              <th scope="col">Items</th>
            </tr>
          </thead>
          <tbody>
            {byRegion.map(({ region, count }) => (
              <tr key={region} data-region-count={region}>
                <th scope="row">{region}</th>
                <td>{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <h3 className="portal-widget__subtitle">Waiting longest</h3>
      <ItemList list={queue} label="Waiting longest" empty="Nothing is waiting for review." />
    </WidgetCard>
  ))
}
