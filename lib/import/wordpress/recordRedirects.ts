import type { Payload, PayloadRequest } from 'payload'

import type { ImportTarget } from './mapItem'

/** The old addresses of a WordPress item: `/?p=<id>` always, and its permalink path when it has one. */
export function oldAddresses(postId: string, oldPath: string | null): string[] {
  return [`/?p=${postId}`, ...(oldPath ? [oldPath] : [])]
}

/**
 * Points each old address at the imported document (creating or correcting the redirect; one that is
 * already right is left alone, so a second run changes nothing). Returns how many it wrote.
 */
export async function recordRedirects(
  payload: Payload,
  req: PayloadRequest,
  target: { collection: ImportTarget; id: number },
  addresses: string[],
): Promise<number> {
  let written = 0
  for (const from of addresses) {
    const { docs } = await payload.find({ collection: 'redirects', where: { from: { equals: from } }, depth: 0, limit: 1, pagination: false, overrideAccess: true, req })
    const existing = docs[0]
    const to = { type: 'reference' as const, reference: { relationTo: target.collection, value: target.id } }
    if (!existing) {
      await payload.create({ collection: 'redirects', data: { from, to }, overrideAccess: true, depth: 0, req })
      written += 1
      continue
    }
    const reference = existing.to?.reference
    if (existing.to?.type === 'reference' && reference?.relationTo === target.collection && reference.value === target.id) continue
    await payload.update({ collection: 'redirects', id: existing.id, data: { to }, overrideAccess: true, depth: 0, req })
    written += 1
  }
  return written
}
