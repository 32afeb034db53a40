import type { WidgetServerProps } from 'payload'

import { weekEngagement } from '@/lib/dashboard/engagement'
import { WIDGETS } from '@/lib/dashboard/layout'

import { drawWidget } from './drawWidget'
import { ItemList } from './ItemList'
import { WidgetCard } from './WidgetCard'

const ID = WIDGETS.week
const TITLE = 'This week'

/** Members' side of the last 7 days: new signatures (by campaign) and stories waiting for a moderator. */
export async function WeekWidget({ req }: WidgetServerProps) {
  return drawWidget(req, ID, TITLE, (user) => weekEngagement(req.payload, user, new Date()), ({ signatures, pendingStories }) => (
    <WidgetCard id={ID} title={TITLE} link={{ href: `${req.payload.config.routes.admin}/collections/stories?where[status][equals]=pending`, label: 'Moderate stories' }}>
      <h3 className="portal-widget__subtitle">
        New signatures, last 7 days <span className="portal-widget__count">{signatures.total}</span>
      </h3>
      {signatures.byCampaign.length > 0 ? (
        <ul className="portal-widget__list" aria-label="New signatures by campaign">
          {signatures.byCampaign.map((row) => (
            <li key={row.link} className="portal-widget__item">
              <a href={row.link}>{row.campaign}</a>
              <span className="portal-widget__meta">{row.count.toLocaleString('en-US')} new</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="portal-widget__empty">No new signatures this week.</p>
      )}
      <h3 className="portal-widget__subtitle">
        Stories waiting for moderation <span className="portal-widget__count">{pendingStories.total}</span>
      </h3>
      <ItemList list={pendingStories} label="Stories waiting for moderation" empty="No stories are waiting." />
    </WidgetCard>
  ))
}
