import type { Where } from 'payload'

export const published: Where = { _status: { equals: 'published' } }

/** Items for one region plus coalition-wide ones (no regions ⇒ regionKey ''); null ⇒ everything. */
export function regionScope(regionId: number | null): Where | null {
  if (regionId === null) return null
  return { or: [{ regions: { in: [regionId] } }, { regionKey: { equals: '' } }] }
}

/** Published, and every other clause given. */
export function publishedWhere(...clauses: Array<Where | null | undefined>): Where {
  return { and: [published, ...clauses.filter((clause): clause is Where => Boolean(clause))] }
}
