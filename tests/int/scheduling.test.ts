import { spawn } from 'node:child_process'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { SCHEDULE_REFUSED } from '@/lib/scheduling/guardedSchedulePublish'
import { seed } from '@/scripts/seed/index'

import { type Actor, loadActors, type Role } from '../helpers/actors'
import { makeDoc, regionId } from '../helpers/fixtures'
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

describe('scheduled publish', () => {
  it('keeps a post invisible to anonymous readers until its time, then the job publishes it', async () => {
    const doc = await makeDoc(payload, 'announcements', { regions: [ncal], title: 'Scheduled two seconds ahead' })
    const due = new Date(Date.now() + 2000)
    expect(await scheduleAs(payload, actors.communications, doc.id, 'publish', due)).not.toHaveProperty('error')

    await payload.jobs.run({ queue: 'default' })
    expect(await anonymousSees(doc.id)).toBe(false)

    await sleep(Math.max(0, due.getTime() - Date.now()) + 200)
    await payload.jobs.run({ queue: 'default' })
    expect(await anonymousSees(doc.id)).toBe(true)
    const live = await payload.findByID({ collection: 'announcements', id: doc.id, depth: 0 })
    expect(live.publishedBy).toBe(actors.communications.user!.id)
    expect(new Date(live.publishedAt!).getTime()).toBeGreaterThanOrEqual(due.getTime() - 1000)
  })

  it('fires a schedule that came due while the server was down, on the next boot', async () => {
    const doc = await makeDoc(payload, 'announcements', { regions: [ncal], title: 'Due during downtime' })
    await scheduleAs(payload, actors.admin, doc.id, 'publish', new Date(Date.now() + 500))
    await sleep(1500) // due now, and nothing is running
    expect(await anonymousSees(doc.id)).toBe(false)

    const server = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/boot-like-server.ts'], {
      // int-setup turns the job runner off for the test process; a restarted server has it on.
      env: { ...process.env, JOBS_AUTORUN: 'true' },
      stdio: 'ignore',
    })
    try {
      const tookMs = await waitFor(() => anonymousSees(doc.id), 30_000)
      console.log(`published ${tookMs} ms after the restart began`)
    } finally {
      server.kill('SIGTERM')
    }
    expect(await anonymousSees(doc.id)).toBe(true)
  })

  it('lets regional staff of a trusted region schedule their own region, and the job fires as them', async () => {
    const doc = await makeDoc(payload, 'announcements', { regions: [ncal] })
    // Northern California's staff otherwise submit for review (tests/int/review.test.ts).
    await payload.update({ collection: 'regions', id: ncal, data: { trusted: true } })
    try {
      expect(await scheduleAs(payload, actors['regional-own'], doc.id, 'publish', new Date(Date.now() - 1000))).not.toHaveProperty('error')
      await payload.jobs.run({ queue: 'default' })
    } finally {
      await payload.update({ collection: 'regions', id: ncal, data: { trusted: false } })
    }
    const live = await payload.findByID({ collection: 'announcements', id: doc.id, depth: 0 })
    expect(live._status).toBe('published')
    expect(live.publishedBy).toBe(actors['regional-own'].user!.id)
  })

  it('refuses a regional editor scheduling another region, and nothing is queued', async () => {
    const doc = await makeDoc(payload, 'announcements', { regions: [ncal] })
    const before = await payload.count({ collection: 'payload-jobs', overrideAccess: true })
    expect(await scheduleAs(payload, actors['regional-other'], doc.id, 'publish', new Date())).toEqual({ error: SCHEDULE_REFUSED })
    expect(await payload.count({ collection: 'payload-jobs', overrideAccess: true })).toEqual(before)
  })
})

describe('scheduled unpublish', () => {
  it('hides a published post from anonymous readers when its time comes, keeping it for staff', async () => {
    const doc = await makeDoc(payload, 'announcements', { regions: [ncal], status: 'published' })
    expect(await anonymousSees(doc.id)).toBe(true)
    await scheduleAs(payload, actors.communications, doc.id, 'unpublish', new Date(Date.now() - 1000))
    await payload.jobs.run({ queue: 'default' })
    expect(await anonymousSees(doc.id)).toBe(false)
    const staffView = await rest(`/api/announcements/${doc.id}?draft=true`, { token: actors.communications.token })
    expect(staffView.status).toBe(200)
  })
})

describe('jobs endpoint for external cron', () => {
  it('runs due jobs only with the CRON_SECRET bearer token (or as an admin)', async () => {
    const doc = await makeDoc(payload, 'announcements', { regions: [ncal] })
    await scheduleAs(payload, actors.admin, doc.id, 'publish', new Date(Date.now() - 1000))

    expect((await rest('/api/payload-jobs/run?queue=default')).status).toBe(401)
    const wrong = await rest('/api/payload-jobs/run?queue=default', { headers: { authorization: 'Bearer not-the-secret' } })
    expect(wrong.status).toBe(401)
    expect((await rest('/api/payload-jobs/run?queue=default', { token: actors.communications.token })).status).toBe(401)
    expect(await anonymousSees(doc.id)).toBe(false)

    const ok = await rest('/api/payload-jobs/run?queue=default', { headers: { authorization: 'Bearer int-test-cron-secret' } })
    expect(ok.status).toBe(200)
    expect(await anonymousSees(doc.id)).toBe(true)
  })
})
