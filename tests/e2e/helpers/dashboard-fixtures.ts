// The dashboard spec's fixtures, in the e2e database (DATABASE_URL from scripts/test.ts): in Northern
// and Southern California, a draft and an item scheduled 3 days out, and an NCAL draft submitted for
// review by its editor. Prints their titles as JSON.
import config from '@payload-config'
import { createLocalReq, getPayload } from 'payload'

import { applyReviewAction } from '@/lib/review/applyReviewAction'

const stamp = Date.now()
const payload = await getPayload({ config })
const regionOf = async (code: string) => (await payload.find({ collection: 'regions', where: { code: { equals: code } }, limit: 1 })).docs[0]!.id
const staff = async (email: string) => (await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })).docs[0]!
const [ncal, scal, comms, editor] = await Promise.all([regionOf('ncal'), regionOf('scal'), staff('comms@coalition.test'), staff('ncal.editor@coalition.test')])

const draft = async (title: string, region: number) =>
  payload.create({ collection: 'announcements', draft: true, data: { title, summary: 'For the dashboard test.', regions: [region], _status: 'draft' }, context: { disableRevalidate: true } })

const titles = {
  ncalDraft: `NCAL draft ${stamp}`,
  scalDraft: `SCAL draft ${stamp}`,
  ncalScheduled: `NCAL scheduled ${stamp}`,
  scalScheduled: `SCAL scheduled ${stamp}`,
  submitted: `NCAL submitted ${stamp}`,
}
await draft(titles.ncalDraft, ncal)
await draft(titles.scalDraft, scal)
for (const [title, region] of [[titles.ncalScheduled, ncal], [titles.scalScheduled, scal]] as const) {
  const doc = await draft(title, region)
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'announcements', value: doc.id }, user: { relationTo: 'users', value: comms.id } },
    waitUntil: new Date(Date.now() + 3 * 24 * 60 * 60 * 1000),
  })
}
const submitted = await draft(titles.submitted, ncal)
await applyReviewAction(await createLocalReq({ user: { ...editor, collection: 'users' } }, payload), editor, 'announcements', submitted.id, { action: 'submit' })
console.log(JSON.stringify(titles))
process.exit(0)
