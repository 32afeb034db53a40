// Finding out who a request belongs to runs on every signed-in page view and API call: one token check
// and at most one indexed query, with nothing populated (auth.depth 0 on members and staff), through
// the one module that answers it (lib/auth/viewer.ts).
import type { Payload } from 'payload'
import pg from 'pg'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { viewerFromHeaders } from '@/lib/auth/viewer'
import { seed } from '@/scripts/seed/index'

import { type Actor, loadActors, type Role } from '../helpers/actors'
import { regionId } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { signUpAndConfirm, type SignedInMember } from './members-fixtures'

let payload: Payload
let actors: Record<Role, Actor>
let member: SignedInMember
let ncal: number

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  actors = await loadActors(payload)
  ncal = await regionId(payload, 'ncal')
  member = await signUpAndConfirm(payload, ncal)
})

afterEach(() => {
  vi.restoreAllMocks()
})

/** Every statement sent to PostgreSQL (pool queries and transactions alike go through Client#query). */
async function statementsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const query = vi.spyOn(pg.Client.prototype, 'query')
  await run()
  const texts = query.mock.calls.map(([config]) => (typeof config === 'string' ? config : (config as { text?: string }).text ?? ''))
  query.mockRestore()
  return texts
}

const authorization = (token: string) => new Headers({ authorization: `JWT ${token}` })

describe('who is asking', () => {
  it('a member: one query, by id, with the region and local left as ids', async () => {
    let viewer: unknown
    const statements = await statementsDuring(async () => {
      viewer = await viewerFromHeaders(authorization(member.token))
    })
    expect(viewer).toMatchObject({ kind: 'member', member: { id: member.id, collection: 'members', region: ncal } })
    expect(statements).toHaveLength(1)
    expect(statements[0]).toMatch(/from "members".*where "members"\."id" = \$1/s)
  })

  it('a staff member: one query, with their regions left as ids', async () => {
    const staff = actors['regional-own']
    let viewer: unknown
    const statements = await statementsDuring(async () => {
      viewer = await viewerFromHeaders(authorization(staff.token!))
    })
    expect(viewer).toMatchObject({ kind: 'staff', staff: { id: staff.user!.id, collection: 'users', regions: [ncal] } })
    expect(statements).toHaveLength(1)
    expect(statements[0]).toMatch(/from "users".*where "users"\."id" = \$1/s)
  })

  it('a visitor without a session: no query at all', async () => {
    const statements = await statementsDuring(async () => expect(await viewerFromHeaders(new Headers({ cookie: 'region=ncal; signed-in=1' }))).toEqual({ kind: 'visitor' }))
    expect(statements).toHaveLength(0)
  })

  it('a session that was signed out: still one query, and nobody', async () => {
    const other = await signUpAndConfirm(payload, ncal)
    await payload.update({ collection: 'members', id: other.id, data: { sessions: [] }, overrideAccess: true })
    let viewer: unknown
    const statements = await statementsDuring(async () => {
      viewer = await viewerFromHeaders(authorization(other.token))
    })
    expect(viewer).toEqual({ kind: 'visitor' })
    expect(statements).toHaveLength(1)
  })
})
