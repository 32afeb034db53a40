import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/scripts/seed/index'

import { type Actor, loadActors, type Role } from '../helpers/actors'
import { makeDoc, regionId } from '../helpers/fixtures'
import { jobOutcomes, makeDueNow, queuePublishes, rows, startRunner, type Runner } from '../helpers/job-runners'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { scheduleAs } from '../helpers/schedule'
import { waitFor } from '../helpers/wait'

// Several app instances (or a worker beside them) poll the same queue. Payload 3.x's own claim lets
// two of them take the same job; lib/jobs/safeClaim.ts must make every job run exactly once.

let payload: Payload
let actors: Record<Role, Actor>
let ncal: number

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  actors = await loadActors(payload)
  ncal = await regionId(payload, 'ncal')
})

const FAR_AHEAD = () => new Date(Date.now() + 24 * 3600_000)

async function makeDrafts(count: number, label: string): Promise<number[]> {
  const ids: number[] = []
  for (let start = 0; start < count; start += 10) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(10, count - start) }, (_, i) =>
        makeDoc(payload, 'announcements', { regions: [ncal], title: `${label} ${start + i}` }),
      ),
    )
    ids.push(...batch.map((doc) => doc.id))
  }
  return ids
}

/** Two runners in two OS processes, both polling when 500 scheduled publishes come due at once. */
async function runTwoProcesses(script: string[], label: string, { finishWithin = 240_000 } = {}) {
  const docIds = await makeDrafts(500, label)
  const scheduler = actors.communications.user!.id
  // Queued for later, and brought forward only once both runners are polling: otherwise the first
  // runner to boot could take every job before the second exists, and nothing would be contended.
  const jobIds = await queuePublishes(payload, docIds, scheduler, FAR_AHEAD())
  const started = await Promise.allSettled([startRunner(script), startRunner(script)])
  const runners: Runner[] = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []))
  const failed = started.find((result) => result.status === 'rejected')
  if (failed) {
    // The one that did start would otherwise keep polling this database under the next tests.
    await Promise.all(runners.map((runner) => runner.stop()))
    throw failed.reason
  }
  try {
    await makeDueNow(payload, jobIds)
    await waitFor(async () => {
      const { jobs } = await jobOutcomes(payload, jobIds, docIds)
      return jobs.unfinished === 0 && jobs.processing === 0
    }, finishWithin, 1000).catch((error: unknown) => console.log(`${label}: ${String(error)}`))
  } finally {
    // Each finishes the batch it is running, so nothing is still publishing when we count.
    const exitCodes = await Promise.all(runners.map((runner) => runner.stop()))
    console.log(`${label}: runners exited with ${exitCodes.join(', ')}`)
  }
  return { outcomes: await jobOutcomes(payload, jobIds, docIds), scheduler, runners }
}

describe('two worker processes on one queue', () => {
  it('publish each of 500 scheduled drafts exactly once', async () => {
    const { outcomes, scheduler, runners } = await runTwoProcesses(['scripts/worker.ts', '--interval-ms', '500'], 'Safe claim')
    console.log('safe claim:', JSON.stringify(outcomes))
    // Every job succeeded (Payload deletes succeeded jobs) and each draft has one published version.
    expect(outcomes.jobs).toEqual({ remaining: 0, unfinished: 0, errored: 0, processing: 0 })
    expect(outcomes.docsPublishedOnce).toBe(500)
    expect(outcomes.docsPublishedMoreThanOnce).toBe(0)
    // Published by the jobs, as the staff member who scheduled them.
    expect(outcomes.publishers).toEqual([scheduler])
    // Both processes took part (the claim shares the work, it does not serialise on one runner).
    for (const runner of runners) expect(runner.output()).toMatch(/Running \d+ jobs/)
  }, 600_000)

  it('without the safe claim (Payload 3.x as shipped), the same run publishes some drafts twice', async () => {
    const { outcomes, runners } = await runTwoProcesses(['tests/helpers/racy-job-runner.ts', '500'], 'Racy claim', { finishWithin: 90_000 })
    // What the runners said (Payload's errors when the second runner finds the job already done).
    for (const runner of runners) console.log(runner.output().split('\n').filter((line) => /ERROR|Running/.test(line)).slice(0, 15).join('\n'))
    console.log('racy claim:', JSON.stringify(outcomes))
    expect(outcomes.docsPublishedMoreThanOnce).toBeGreaterThan(0)
  }, 400_000)
})

describe('one scheduled publish, many runners at once', () => {
  it('fires once while a worker polls, two in-process runners and the cron endpoint all race for it', { timeout: 180_000 }, async () => {
    const doc = await makeDoc(payload, 'announcements', { regions: [ncal], title: 'Contended schedule' })
    const scheduled = await scheduleAs(payload, actors.communications, doc.id, 'publish', FAR_AHEAD())
    expect(scheduled).not.toHaveProperty('error')
    const [job] = await rows<{ id: number }>(
      payload,
      sql`select id from payload_jobs where input->'doc'->>'value' = ${String(doc.id)} and completed_at is null`,
    )

    const worker = await startRunner(['scripts/worker.ts', '--interval-ms', '200'])
    try {
      await makeDueNow(payload, [job!.id])
      const cron = () => rest('/api/payload-jobs/run?queue=default', { headers: { authorization: 'Bearer int-test-cron-secret' } })
      await waitFor(async () => {
        await Promise.all([payload.jobs.run({ queue: 'default' }), payload.jobs.run({ queue: 'default' }), cron()])
        // Gone once it succeeded (deleteJobOnComplete).
        const left = await rows<{ id: number }>(payload, sql`select id from payload_jobs where id = ${job!.id}`)
        return left.length === 0
      }, 90_000, 50)
    } finally {
      await worker.stop()
    }

    const outcomes = await jobOutcomes(payload, [job!.id], [doc.id])
    expect(outcomes.jobs).toEqual({ remaining: 0, unfinished: 0, errored: 0, processing: 0 })
    expect(outcomes.docsPublishedOnce).toBe(1)
    expect((await rest(`/api/announcements/${doc.id}`)).status).toBe(200)
  })
})
