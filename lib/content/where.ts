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

/**
 * The public filter for a read: published only, unless staff preview drafts, when the reader's own
 * access rules (applied by Payload) decide what they may see.
 */
export function visibleWhere(read: { draft: boolean }, ...clauses: Array<Where | null | undefined>): Where {
  if (!read.draft) return publishedWhere(...clauses)
  return { and: clauses.filter((clause): clause is Where => Boolean(clause)) }
}
