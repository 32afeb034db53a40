import type { Payload, PayloadRequest } from 'payload'

import { JOB_QUEUE } from '@/lib/jobs/queueSchedule'

import type { ImportTarget } from './mapItem'

type Target = { collection: ImportTarget; id: number }

function docRef({ collection, id }: Target) {
  switch (collection) {
    case 'announcements':
      return { relationTo: 'announcements' as const, value: id }
    case 'bargaining-updates':
      return { relationTo: 'bargaining-updates' as const, value: id }
    case 'pages':
      return { relationTo: 'pages' as const, value: id }
  }
}

/**
 * A WordPress "future" post: one pending scheduled publish at its date, as the admin's schedule drawer
 * would queue it (replacing any earlier one for the document, so a re-import never doubles it). It runs
 * as the author when they may publish coalition-wide, else with Payload's system rights.
 */
export async function replaceSchedule(payload: Payload, req: PayloadRequest, target: Target, at: Date, userId: number | null) {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }, { processing: { equals: false } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  // The admin stores the id as a string, Payload's type as a number: compare as text.
  const pending = docs.filter((job) => {
    const doc = typeof job.input === 'object' && job.input !== null && 'doc' in job.input ? job.input.doc : null
    return typeof doc === 'object' && doc !== null && 'relationTo' in doc && 'value' in doc && doc.relationTo === target.collection && String(doc.value) === String(target.id)
  })
  for (const job of pending) await payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true, req })
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: docRef(target), ...(userId ? { user: { relationTo: 'users' as const, value: userId } } : {}) },
    waitUntil: at,
    queue: JOB_QUEUE,
    req,
  })
}
