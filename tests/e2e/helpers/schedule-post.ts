// Queues a draft announcement to publish itself `seconds` from now, the way the admin's schedule
// drawer does; prints its slug. Runs against the e2e database (DATABASE_URL from scripts/test.ts).
import config from '@payload-config'
import { getPayload } from 'payload'

const seconds = Number(process.argv[2] ?? 5)
const title = process.argv[3] ?? `Scheduled ${Date.now()}`

const payload = await getPayload({ config })
const admin = (await payload.find({ collection: 'users', where: { role: { equals: 'admin' } }, limit: 1 })).docs[0]!
const doc = await payload.create({ collection: 'announcements', draft: true, data: { title, summary: 'Published by the scheduler.', _status: 'draft' } })
await payload.jobs.queue({
  task: 'schedulePublish',
  input: { type: 'publish', doc: { relationTo: 'announcements', value: String(doc.id) as unknown as number }, user: { relationTo: 'users', value: admin.id } },
  waitUntil: new Date(Date.now() + seconds * 1000),
})
console.log(doc.slug)
process.exit(0)
