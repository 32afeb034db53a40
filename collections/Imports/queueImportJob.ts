import type { CollectionAfterChangeHook } from 'payload'

import { JOB_QUEUE } from '@/lib/jobs/queueSchedule'
import type { Import } from '@/payload-types'

/** A new upload queues its import; the job's own progress updates must not queue another. */
export const queueImportJob: CollectionAfterChangeHook<Import> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  await req.payload.jobs.queue({ task: 'importWordPress', input: { importId: doc.id }, queue: JOB_QUEUE, req })
  return doc
}
