import type { Payload, TaskConfig } from 'payload'
import { z } from 'zod'

import { JOB_QUEUE } from '@/lib/jobs/queueSchedule'

import { digestQueued, queueAlertDeliveries, queueDigestDeliveries } from '../delivery/fanOut'
import { ALERT_COLLECTIONS } from '../delivery/states'
import { digestSlot, WEEKDAYS } from './digestSlot'
import { heartbeat, senderNeeded, startSender } from './senderJobs'

const alertInput = z.object({ collection: z.enum(ALERT_COLLECTIONS), id: z.number().int().positive() })

/** Regions whose digest slot has come and that had something published that week; queued once each. */
export async function queueDueDigests(payload: Payload, now = new Date()): Promise<number> {
  const site = await payload.findGlobal({ slug: 'site', depth: 0, overrideAccess: true })
  const setting = { weekday: site.digest?.weekday ?? 'monday', hour: site.digest?.hour ?? 7 }
  if (!WEEKDAYS.includes(setting.weekday)) return 0
  const { docs: regions } = await payload.find({ collection: 'regions', depth: 0, limit: 100, pagination: false, overrideAccess: true })
  let queued = 0
  for (const region of regions) {
    const slot = digestSlot(now, region.timeZone ?? 'America/Los_Angeles', setting)
    if (!slot || (await digestQueued(payload, region.id, slot.localDate))) continue
    const { digestItems } = await import('../content/digest')
    // Nothing new for the region that week: no digest (checked in English; the items are the same in Spanish).
    if ((await digestItems(payload, { regionId: region.id, end: slot.end }, 'en')).length === 0) continue
    queued += await queueDigestDeliveries(payload, region.id, slot.localDate, slot.end)
  }
  return queued
}

// The renderer (React Email) and the SMTP client load when a task first runs, not with the config
// that every script and migration loads.
export const emailTasks: TaskConfig[] = [
  {
    slug: 'queueAlert',
    label: 'Queue an alert',
    inputSchema: [
      { name: 'collection', type: 'text', required: true },
      { name: 'id', type: 'number', required: true },
    ],
    retries: 3,
    handler: async ({ input, req }) => {
      const { collection, id } = alertInput.parse(input)
      const queued = await queueAlertDeliveries(req.payload, collection, id)
      if (queued > 0) await startSender(req.payload)
      return { output: { queued } }
    },
  },
  {
    slug: 'sendEmails',
    label: 'Send due e-mails',
    retries: 0,
    handler: async ({ job, req }) => {
      const { sendDueEmails } = await import('../delivery/runSender')
      const run = await sendDueEmails(req.payload, { beat: heartbeat(req.payload, job.id) })
      return { output: run }
    },
    // The safety net: deliveries left due (a retry's time came, a worker died) get a sender within 10 s.
    schedule: [{ cron: '*/10 * * * * *', queue: JOB_QUEUE, hooks: { beforeSchedule: async ({ req }) => ({ shouldSchedule: await senderNeeded(req.payload) }) } }],
  },
  {
    slug: 'weeklyDigest',
    label: 'Queue weekly digests',
    retries: 0,
    handler: async ({ req }) => {
      const queued = await queueDueDigests(req.payload)
      if (queued > 0) await startSender(req.payload)
      return { output: { queued } }
    },
    schedule: [{ cron: '0 */15 * * * *', queue: JOB_QUEUE }],
  },
]
