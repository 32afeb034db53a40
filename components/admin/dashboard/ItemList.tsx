import type { DashboardItem, ItemList as List } from '@/lib/dashboard/types'

import { LocalTime } from './LocalTime'

/** One line per item: its title (a link to it), then what, where, when and why. */
function Item({ item }: { item: DashboardItem }) {
  const where = item.regions.length > 0 ? item.regions.join(', ') : null
  return (
    <li className={`portal-widget__item${item.alert ? ' portal-widget__item--alert' : ''}`} data-dashboard-item={item.key}>
      {item.link ? <a href={item.link}>{item.title}</a> : <span>{item.title}</span>}
      <span className="portal-widget__meta">
        {[item.collectionLabel, where].filter(Boolean).join(' · ')}
        {item.when ? (
          <>
            {' · '}
            <LocalTime iso={item.when} />
          </>
        ) : null}
      </span>
      {item.detail ? <span className="portal-widget__detail">{item.detail}</span> : null}
    </li>
  )
}

/** A widget's list, or a sentence saying there is nothing; "and N more" when the list is cut. */
export function ItemList({ list, empty, label }: { list: List; empty: string; label: string }) {
  if (list.items.length === 0) return <p className="portal-widget__empty">{empty}</p>
  const more = list.total - list.items.length
  return (
    <>
      <ul className="portal-widget__list" aria-label={label}>
        {list.items.map((item) => (
          <Item key={item.key} item={item} />
        ))}
      </ul>
      {more > 0 ? <p className="portal-widget__more">and {more} more</p> : null}
    </>
  )
}
