// The campaign edit screen lists the campaign's signatures and stories (join fields). Whoever reads a
// campaign gets only the joined rows they could read directly: regional staff their regions' signatures,
// a member their own, visitors none, and only approved stories without who submitted them.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/scripts/seed/index'

import { type Actor, loadActors, type Role } from '../helpers/actors'
import { makeDoc, regionId } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { contentCleanup, type SignedInMember, signUpAndConfirm, uniqueEmail } from './members-fixtures'

let payload: Payload
let actors: Record<Role, Actor>
let campaign: { id: number }
let member: SignedInMember
const signatures: Record<'ncal' | 'scal' | 'member', number> = { ncal: 0, scal: 0, member: 0 }
const stories: Record<'approved' | 'pending', number> = { approved: 0, pending: 0 }
const cleanup = contentCleanup(() => payload)

afterAll(() => cleanup.run())

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  actors = await loadActors(payload)
  const ncal = await regionId(payload, 'ncal')
  const scal = await regionId(payload, 'scal')
  campaign = cleanup.track('campaigns', await makeDoc(payload, 'campaigns', { status: 'published' }))
  member = await signUpAndConfirm(payload, ncal, 'Joined Member')
  const sign = async (region: number, extra: Record<string, unknown> = {}) =>
    (await payload.create({ collection: 'signatures', data: { campaign: campaign.id, name: 'Signer', email: uniqueEmail('joined'), region, ...extra } })).id
  signatures.ncal = await sign(ncal)
  signatures.scal = await sign(scal)
  signatures.member = await sign(ncal, { member: member.id, email: member.email })
  const story = async (status: 'approved' | 'pending') =>
    (
      await payload.create({
        collection: 'stories',
        data: { text: `A ${status} story`, status, region: ncal, campaign: campaign.id, consentToPublish: true, submitter: member.id, byline: 'Joined Member' },
        context: { disableRevalidate: true },
      })
    ).id
  stories.approved = await story('approved')
  stories.pending = await story('pending')
})

type Joined = { docs?: Array<number | Record<string, unknown>> } | undefined
const ids = (joined: Joined) => (joined?.docs ?? []).map((doc) => (typeof doc === 'number' ? doc : (doc.id as number))).sort((a, b) => a - b)
const sorted = (...values: number[]) => [...values].sort((a, b) => a - b)

async function readOverRest(token?: string, depth = 0) {
  const response = await rest(`/api/campaigns/${campaign.id}?depth=${depth}`, { token })
  expect(response.status).toBe(200)
  return response.json as { signatures?: Joined; stories?: Joined }
}

describe('joined signatures', () => {
  it.each([
    ['admin', () => sorted(signatures.ncal, signatures.scal, signatures.member)],
    ['communications', () => sorted(signatures.ncal, signatures.scal, signatures.member)],
    ['regional-own', () => sorted(signatures.ncal, signatures.member)],
    ['regional-other', () => [signatures.scal]],
    ['anonymous', () => []],
  ] as const)('%s reads only the signatures they may read', async (role, expected) => {
    expect(ids((await readOverRest(actors[role].token)).signatures)).toEqual(expected())
  })

  it('a member reads only their own signature', async () => {
    expect(ids((await readOverRest(member.token)).signatures)).toEqual([signatures.member])
  })

  it('the Local API applies the same rules when asked to', async () => {
    const read = (role: Role) =>
      payload.findByID({ collection: 'campaigns', id: campaign.id, depth: 0, overrideAccess: false, user: actors[role].user, joins: { signatures: { limit: 50 } } })
    expect(ids((await read('regional-other')).signatures as Joined)).toEqual([signatures.scal])
    expect(ids((await read('anonymous')).signatures as Joined)).toEqual([])
  })

  it('shows signers’ names and e-mail addresses to staff of their region only, never to visitors', async () => {
    const own = (await readOverRest(actors['regional-own'].token, 1)).signatures!.docs as Array<Record<string, unknown>>
    expect(own.map((doc) => doc.email)).toContain(member.email)
    const anonymous = JSON.stringify(await readOverRest(undefined, 1))
    expect(anonymous).not.toContain(member.email)
  })
})

describe('joined stories', () => {
  it('staff see every story of the campaign, visitors only the approved one (without its submitter), the submitter also their own', async () => {
    expect(ids((await readOverRest(actors.communications.token)).stories)).toEqual(sorted(stories.approved, stories.pending))
    expect(ids((await readOverRest(actors['regional-own'].token)).stories)).toEqual(sorted(stories.approved, stories.pending))
    expect(ids((await readOverRest(actors['regional-other'].token)).stories)).toEqual([stories.approved])
    const publicRead = await readOverRest(undefined, 1)
    expect(ids(publicRead.stories)).toEqual([stories.approved])
    const [story] = publicRead.stories!.docs as Array<Record<string, unknown>>
    expect(story).toMatchObject({ id: stories.approved, text: 'A approved story' })
    expect(story!.submitter).toBeUndefined()
    expect(story!.flagged).toBeUndefined()
    expect(ids((await readOverRest(member.token)).stories)).toEqual(sorted(stories.approved, stories.pending))
  })
})
