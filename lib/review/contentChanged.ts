// Whether a save changes what readers would see, so an approved item goes back to review only for
// real edits, not for autosaves that resend the same values (or the bookkeeping fields hooks set).

/** Fields that say who did what or where the item stands, not what it says. */
const BOOKKEEPING = new Set([
  'id', 'createdAt', 'updatedAt', '_status', 'review', 'createdBy', 'updatedBy', 'publishedBy', 'lastPublishedAt',
  'regionKey', 'deletedAt', 'alert',
])

function normalise(value: unknown): unknown {
  if (value === undefined || value === '') return null
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    // jsonb keeps keys in its own order; a missing key and an empty one mean the same.
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(record).sort()) {
      const inner = normalise(record[key])
      if (inner !== null) out[key] = inner
    }
    return out
  }
  if (typeof value === 'number') return String(value)
  return value
}

/** True when a field the save sends holds something else than the stored item. */
export function contentChanged(data: Record<string, unknown>, original: Record<string, unknown> | undefined): boolean {
  if (!original) return true
  return Object.keys(data).some((key) => !BOOKKEEPING.has(key) && JSON.stringify(normalise(data[key])) !== JSON.stringify(normalise(original[key])))
}
