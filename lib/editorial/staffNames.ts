import type { Payload } from 'payload'

/**
 * Staff names by id, for the desk's views (calendar, review queue): who scheduled, published or
 * submitted what. Staff may read only their own account (collections/Users), but a colleague's name is
 * fine to show to staff, so it is read here without that rule — names only, never e-mails.
 */
export async function staffNames(payload: Payload, ids: number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const { docs } = await payload.find({ collection: 'users', where: { id: { in: unique } }, select: { name: true }, depth: 0, limit: unique.length, pagination: false, overrideAccess: true })
  return new Map(docs.map((user) => [user.id, user.name]))
}
