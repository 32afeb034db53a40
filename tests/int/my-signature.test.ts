// The personal part of a petition (GET /api/petitions/<slug>/me): who a signed-in member signs as and
// whether they already signed — their own signature only, never for visitors, never cached.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GET } from '@/app/(site)/api/petitions/[campaignSlug]/me/route'
import { POST } from '@/app/(site)/api/petitions/[campaignSlug]/sign/route'
import { seed } from '@/scripts/seed/index'

import { regionId } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { contentCleanup, freshIp, signUpAndConfirm, type SignedInMember } from './members-fixtures'

let payload: Payload
let slug: string
let ada: SignedInMember
let ben: SignedInMember
const cleanup = contentCleanup(() => payload)

afterAll(() => cleanup.run())

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  const ncal = await regionId(payload, 'ncal')
  ada = await signUpAndConfirm(payload, ncal, 'Ada Lovelace')
  ben = await signUpAndConfirm(payload, ncal, 'Ben Franklin')
  const campaign = await payload.create({
    collection: 'campaigns',
    data: { title: `Sign for safe staffing ${Date.now()}`, status: 'active', audience: 'public', cta: { kind: 'sign', label: 'Sign' }, _status: 'published' },
    context: { disableRevalidate: true },
  })
  slug = String(cleanup.track('campaigns', campaign).slug)
})

async function mine(campaignSlug: string, token?: string) {
  const response = await GET(new Request(`http://localhost:3000/api/petitions/${campaignSlug}/me`, { headers: token ? { authorization: `JWT ${token}` } : {} }), {
    params: Promise.resolve({ campaignSlug }),
  })
  return { status: response.status, cacheControl: response.headers.get('cache-control'), json: (await response.json()) as Record<string, unknown> }
}

describe('GET /api/petitions/<slug>/me', () => {
  it('is 401 for a visitor and 404 for an unknown campaign', async () => {
    expect(await mine(slug)).toMatchObject({ status: 401, json: { code: 'unauthorized' } })
    expect((await mine('no-such-campaign-at-all', ada.token)).status).toBe(404)
  })

  it('tells a member who they sign as, then when they signed; another member still has not', async () => {
    const before = await mine(slug, ada.token)
    expect(before).toMatchObject({ status: 200, json: { name: 'Ada Lovelace', signedAt: null } })
    expect(before.cacheControl).toBe('private, no-store')

    const signed = await POST(
      new Request(`http://localhost:3000/api/petitions/${slug}/sign`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${ada.token}`, ...freshIp() },
        body: JSON.stringify({}),
      }),
      { params: Promise.resolve({ campaignSlug: slug }) },
    )
    expect(signed.status).toBe(201)
    const stored = await payload.find({ collection: 'signatures', where: { email: { equals: ada.email } }, overrideAccess: true, depth: 0 })
    expect(stored.docs).toHaveLength(1)

    const after = await mine(slug, ada.token)
    expect(after.json.signedAt).toBe(stored.docs[0]!.createdAt)
    expect(await mine(slug, ben.token)).toMatchObject({ status: 200, json: { name: 'Ben Franklin', signedAt: null } })
  })
})
