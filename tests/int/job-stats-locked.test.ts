import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/scripts/seed/index'

import { loadActors, type Actor, type Role } from '../helpers/actors'
import { makeMember } from '../helpers/emailMembers'
import { regionId } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { graphqlRequest, rest } from '../helpers/rest'
import { freshIp } from './members-fixtures'

// Scheduled tasks (the e-mail sender and the weekly digest) make Payload add a `payload-jobs-stats`
// global with no access rules of its own — any signed-in account could rewrite the scheduler's
// bookkeeping and stop it. lib/jobs/lockJobStats.ts closes it to everyone; the scheduler still works.

let payload: Payload
let actors: Record<Role, Actor>
let memberToken: string

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  actors = await loadActors(payload)
  const member = await makeMember(payload, { region: await regionId(payload, 'ncal'), label: 'stats' })
  const login = await rest('/api/members/login', { method: 'POST', body: { email: member.email, password: 'Member-password-2026!' }, headers: freshIp() })
  memberToken = String(login.json.token)
})

describe('the job scheduler’s bookkeeping', () => {
  it('is closed through REST and GraphQL to members, staff and admins alike, and stays as it was', async () => {
    await payload.jobs.handleSchedules({ queue: 'default' })
    const before = await payload.findGlobal({ slug: 'payload-jobs-stats', overrideAccess: true })
    const broken = { stats: { scheduledRuns: { queues: { default: { sendEmails: { lastScheduledRun: 'not a date' } } } } } }
    for (const token of [memberToken, actors.communications.token, actors.admin.token, undefined]) {
      expect((await rest('/api/globals/payload-jobs-stats', { token })).status).toBeGreaterThanOrEqual(401)
      expect((await rest('/api/globals/payload-jobs-stats', { method: 'POST', token, body: broken })).status).toBeGreaterThanOrEqual(401)
      const mutation = await graphqlRequest(
        JSON.stringify({ query: 'mutation ($stats: JSON) { updatePayloadJobsStat(data: { stats: $stats }) { stats } }', variables: { stats: broken.stats } }),
        { token },
      )
      expect(mutation.json.errors?.map((error) => error.message)).toEqual([expect.stringMatching(/not allowed/i)])
    }
    expect(await payload.findGlobal({ slug: 'payload-jobs-stats', overrideAccess: true })).toEqual(before)
    // Payload's own use is untouched: the scheduler still reads and writes it.
    await expect(payload.jobs.handleSchedules({ queue: 'default' })).resolves.toBeTruthy()
  })
})
