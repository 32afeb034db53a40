import type { CollectionAfterChangeHook } from 'payload'

import { isAlertCollection } from '@/lib/email/delivery/states'
import { getEnv } from '@/lib/env'
import { JOB_QUEUE } from '@/lib/jobs/queueSchedule'

import type { UnknownDoc } from '../unknownDoc'

type AlertDoc = UnknownDoc & { _status?: unknown; alert?: { send?: unknown } | null }

/**
 * A published item with its alert on queues the alert, in the same transaction as the publish, to run
 * EMAIL_ALERT_DELAY_SECONDS later: a scheduled publish queues it when it goes live, and an item
 * unpublished within the delay sends nothing. The job itself sends an item's alert once ever.
 */
export const queueAlertOnPublish: CollectionAfterChangeHook<AlertDoc> = async ({ collection, context, doc, previousDoc, req }) => {
  // The seed (and imports) publish back-catalogue items: `disableAlerts` keeps members' inboxes out of it.
  if (context.disableAlerts || !isAlertCollection(collection.slug) || typeof doc.id !== 'number' || doc._status !== 'published' || doc.alert?.send !== true) return doc
  // Saving an item that was already live with its alert on changes nothing for the alert.
  if (previousDoc?._status === 'published' && previousDoc.alert?.send === true) return doc
  await req.payload.jobs.queue({
    task: 'queueAlert',
    input: { collection: collection.slug, id: doc.id },
    queue: JOB_QUEUE,
    waitUntil: new Date(Date.now() + getEnv().EMAIL_ALERT_DELAY_SECONDS * 1000),
    req,
  })
  return doc
}
