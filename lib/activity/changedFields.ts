// The names (never the values) of the fields a save changed: the log must not copy members-only
// bodies, e-mail addresses or passwords, and a name is what a reader scanning the log needs.

/** Bookkeeping every save touches, or that has its own entry (status, review). */
const NOT_EDITS = new Set([
  'id', 'createdAt', 'updatedAt', '_status', 'createdBy', 'updatedBy', 'publishedBy', 'lastPublishedAt',
  'publishedAt', 'regionKey', 'review', 'usedBy', 'visibility', 'alertQueuedAt', 'sizes', 'hash', 'salt',
  'password', 'sessions', 'resetPasswordToken', 'resetPasswordExpiration', 'loginAttempts', 'lockUntil', 'currentPassword',
])

/** Populated documents (numeric ids; array and block rows have string ids) compare by id: depth differs between `doc` and `previousDoc`. */
function comparable(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, inner: unknown) => {
    if (inner && typeof inner === 'object' && !Array.isArray(inner) && typeof (inner as { id?: unknown }).id === 'number') {
      return (inner as { id: number }).id
    }
    return inner
  })
}

export function changedFieldNames(doc: Record<string, unknown>, previous: Record<string, unknown> | null | undefined): string[] {
  if (!previous) return []
  const names = new Set([...Object.keys(doc), ...Object.keys(previous)])
  return [...names].filter((name) => !NOT_EDITS.has(name) && comparable(doc[name]) !== comparable(previous[name])).sort()
}

/** "title, body" or "title, body and 4 more"; summaries stay one short line. */
export function listNames(names: readonly string[], max = 6): string {
  if (names.length <= max) return names.join(', ')
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`
}

/** A coalesced entry's stored field list ("body, title") merged with this save's names. */
export function mergeNames(stored: string | null | undefined, names: readonly string[]): string[] {
  const before = (stored ?? '').split(',').map((name) => name.trim()).filter(Boolean)
  return [...new Set([...before, ...names])].sort()
}

/** "2026-12-01 14:05 UTC": the log states times in UTC (the admin list shows `at` in the viewer's zone). */
export function utcMinute(value: unknown): string {
  if (typeof value !== 'string' && !(value instanceof Date)) return 'an unknown date'
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? 'an unknown date' : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}
