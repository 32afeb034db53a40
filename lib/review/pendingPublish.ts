import type { PayloadRequest, Where } from 'payload'

/**
 * The item's scheduled publishes still to run (the schedule drawer's own query, publish only): the
 * approval's schedule publishes the latest draft, so an edit after approval must not ride along.
 */
function pendingPublishWhere(collection: string, id: number | string): Where {
  return {
    and: [
      { taskSlug: { equals: 'schedulePublish' } },
      // The schedule drawer stores the id as a string (Payload #10481), the review's queue as a number.
      { or: [{ 'input.doc.value': { equals: String(id) } }, { 'input.doc.value': { equals: Number(id) } }] },
      { 'input.doc.relationTo': { equals: collection } },
      { 'input.type': { equals: 'publish' } },
      { processing: { equals: false } },
      { completedAt: { exists: false } },
    ],
  }
}

export async function cancelPendingPublish(req: PayloadRequest, collection: string, id: number | string): Promise<number> {
  // The jobs collection refuses every API write; this is the server's own bookkeeping, so straight to the adapter.
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: pendingPublishWhere(collection, id),
    select: { taskSlug: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (docs.length === 0) return 0
  await req.payload.db.deleteMany({ collection: 'payload-jobs', where: { id: { in: docs.map((doc) => doc.id) } }, req })
  return docs.length
}

/** The time of the item's next scheduled publish, if one is waiting. */
export async function nextPendingPublish(req: PayloadRequest, collection: string, id: number | string): Promise<string | null> {
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: pendingPublishWhere(collection, id),
    sort: 'waitUntil',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0]?.waitUntil ?? null
}
