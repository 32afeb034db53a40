// What the dashboard's widgets show: plain data, read per viewer by lib/dashboard/*, drawn by
// components/admin/dashboard/*. No Payload types, so the int tests can compare them as tables.

export type DashboardItem = {
  /** Unique within its list. */
  key: string
  title: string
  /** "Announcements", "Stories", … */
  collectionLabel: string
  /** The item's page in the admin, or null when it is gone. */
  link: string | null
  /** Region names; empty for coalition-wide items. */
  regions: string[]
  /** The instant the list is about (edited, due, submitted, signed…), ISO 8601. */
  when: string | null
  /** One line of context: who, what happens, why it failed, the reviewer's note. */
  detail: string | null
  /** Drawn in red: a failed schedule, a rejected item. */
  alert?: boolean
}

/** A list as a widget shows it: the first few items and how many there are in all. */
export type ItemList = { total: number; items: DashboardItem[] }

export const EMPTY_LIST: ItemList = { total: 0, items: [] }

export type RegionCount = { region: string; count: number }
