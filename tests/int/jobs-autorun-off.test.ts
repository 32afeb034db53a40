import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'

import { JOB_INTERVAL_SECONDS } from '@/lib/jobs/queueSchedule'
import { seed } from '@/scripts/seed/index'

import { type Actor, loadActors, type Role } from '../helpers/actors'
import { makeDoc, regionId } from '../helpers/fixtures'
import { startRunner } from '../helpers/job-runners'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { scheduleAs } from '../helpers/schedule'
import { sleep, waitFor } from '../helpers/wait'

let payload: Payload
let actors: Record<Role, Actor>
let ncal: number

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  actors = await loadActors(payload)
  ncal = await regionId(payload, 'ncal')
})

const anonymousSees = async (id: number) => (await rest(`/api/announcements/${id}`)).status === 200

it('with JOBS_AUTORUN=false a web instance leaves a due publish to the worker', async () => {
  const doc = await makeDoc(payload, 'announcements', { regions: [ncal], title: 'Due, web instances do not run jobs' })
  const scheduled = await scheduleAs(payload, actors.communications, doc.id, 'publish', new Date(Date.now() - 1000))
  expect(scheduled).not.toHaveProperty('error')

  const web = await startRunner(['tests/helpers/boot-like-server.ts'], 'booted', { JOBS_AUTORUN: 'false' })
  try {
    // Three of the ticks on which an instance with JOBS_AUTORUN=true would have published it.
    await sleep(3 * JOB_INTERVAL_SECONDS * 1000 + 1000)
    expect(await anonymousSees(doc.id)).toBe(false)
    expect(web.output()).not.toMatch(/Running \d+ jobs/)

    // The job was due all along: the worker publishes it.
    const worker = await startRunner(['scripts/worker.ts'])
    try {
      await waitFor(() => anonymousSees(doc.id), 60_000)
    } finally {
      await worker.stop()
    }
  } finally {
    await web.stop()
  }
  const live = await payload.findByID({ collection: 'announcements', id: doc.id, depth: 0 })
  expect(live.publishedBy).toBe(actors.communications.user!.id)
})
