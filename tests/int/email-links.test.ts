// The links in alerts and digests (collections/Members/emailEndpoints.ts): one-click unsubscribe as
// mail providers send it (RFC 8058), the site's own JSON posts, the preferences round trip, and what
// a changed, expired or malformed request gets — all without a session, on the token alone.
import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signEmailToken, type TokenScope } from '@/lib/email/links/emailToken'
import { seed } from '@/scripts/seed/index'

import { regionId } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { uniqueEmail } from './members-fixtures'

let payload: Payload
let ncal: number
const created: number[] = []

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: false })
  ncal = await regionId(payload, 'ncal')
})

afterAll(async () => {
  for (const id of created) await payload.delete({ collection: 'members', id, overrideAccess: true })
})

/** A member who gets everything, as a new sign-up does. */
async function member(): Promise<number> {
  const doc = await payload.create({
    collection: 'members',
    data: { name: 'Link Reader', email: uniqueEmail('links'), password: 'Member-pass-2026', region: ncal, preferredLanguage: 'en', emailPreferences: { bargaining: true, actions: true, digest: true } },
    overrideAccess: true,
    disableVerificationEmail: true,
  })
  created.push(doc.id)
  return doc.id
}

async function choices(id: number) {
  const { emailPreferences } = await payload.findByID({ collection: 'members', id, depth: 0, overrideAccess: true })
  return { bargaining: emailPreferences?.bargaining, actions: emailPreferences?.actions, digest: emailPreferences?.digest }
}

/** What a mail provider sends for RFC 8058 one-click: a form body, the token in the address, no cookie. */
async function oneClick(token: string) {
  const request = new Request(`http://localhost:3000/api/members/unsubscribe?t=${encodeURIComponent(token)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'List-Unsubscribe=One-Click',
  })
  const response = await handleEndpoints({ config, path: '/api/members/unsubscribe', request })
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

/** One character of the signature changed: the shape of a real token, not a real one. */
function forged(token: string): string {
  const last = token.at(-1)
  return `${token.slice(0, -1)}${last === 'A' ? 'B' : 'A'}`
}

const DAY = 24 * 60 * 60 * 1000
const expired = (id: number, scope: TokenScope) => signEmailToken(id, scope, Date.now() - 400 * DAY)

describe('one-click unsubscribe (RFC 8058)', () => {
  it('turns off the link’s one list, without a session, and saying it twice changes nothing more', async () => {
    const id = await member()
    const token = signEmailToken(id, 'digest')
    const first = await oneClick(token)
    expect(first.status).toBe(200)
    expect(first.json).toMatchObject({ list: 'digest', lang: 'en', preferences: { bargaining: true, actions: true, digest: false } })
    expect(await choices(id)).toEqual({ bargaining: true, actions: true, digest: false })

    const second = await oneClick(token)
    expect(second.status).toBe(200)
    expect(second.json).toEqual(first.json)
    expect(await choices(id)).toEqual({ bargaining: true, actions: true, digest: false })
  })

  it('does the same for the site’s own page, which posts JSON', async () => {
    const id = await member()
    const answer = await rest('/api/members/unsubscribe', { method: 'POST', body: { token: signEmailToken(id, 'bargaining') } })
    expect(answer.status).toBe(200)
    expect(answer.json).toMatchObject({ list: 'bargaining', preferences: { bargaining: false, actions: true, digest: true } })
    expect(await choices(id)).toEqual({ bargaining: false, actions: true, digest: true })
  })

  it('stops everything from a preferences link (scope "all")', async () => {
    const id = await member()
    const answer = await rest('/api/members/unsubscribe', { method: 'POST', body: { token: signEmailToken(id, 'all') } })
    expect(answer.json).toMatchObject({ list: null, preferences: { bargaining: false, actions: false, digest: false } })
    expect(await choices(id)).toEqual({ bargaining: false, actions: false, digest: false })
  })

  it('refuses a changed link (400 invalid) and an expired one (410 expired), and changes nothing', async () => {
    const id = await member()
    const bad = await oneClick(forged(signEmailToken(id, 'actions')))
    expect(bad.status).toBe(400)
    expect(bad.json).toMatchObject({ code: 'invalid' })
    const old = await oneClick(expired(id, 'actions'))
    expect(old.status).toBe(410)
    expect(old.json).toMatchObject({ code: 'expired' })
    const json = await rest('/api/members/unsubscribe', { method: 'POST', body: { token: forged(signEmailToken(id, 'actions')) } })
    expect(json.status).toBe(400)
    expect(json.json).toMatchObject({ code: 'invalid' })
    expect(await choices(id)).toEqual({ bargaining: true, actions: true, digest: true })
  })

  it('answers 404 for a member who no longer exists', async () => {
    const id = await member()
    const token = signEmailToken(id, 'digest')
    await payload.delete({ collection: 'members', id, overrideAccess: true })
    created.splice(created.indexOf(id), 1)
    const gone = await oneClick(token)
    expect(gone.status).toBe(404)
    expect(gone.json).toMatchObject({ code: 'not-found' })
  })

  it('refuses malformed JSON bodies with 400 and changes nothing', async () => {
    const id = await member()
    const token = signEmailToken(id, 'digest')
    for (const body of [{}, { token: 42 }, { token, extra: true }, { token: 'x'.repeat(201) }]) {
      const answer = await rest('/api/members/unsubscribe', { method: 'POST', body })
      expect(answer.status).toBe(400)
      expect(answer.json).toMatchObject({ code: 'invalid' })
    }
    expect(await choices(id)).toEqual({ bargaining: true, actions: true, digest: true })
  })

  it('sends a browser that opens the address (GET) to the page with its one button, and changes nothing', async () => {
    const id = await member()
    const token = signEmailToken(id, 'actions')
    for (const [query, page] of [
      ['', '/email/unsubscribe'],
      ['&lang=es', '/es/email/unsubscribe'],
    ] as const) {
      const answer = await rest(`/api/members/unsubscribe?t=${encodeURIComponent(token)}${query}`)
      expect(answer.status).toBe(303)
      expect(new URL(answer.headers.get('location')!).pathname).toBe(page)
      expect(new URL(answer.headers.get('location')!).searchParams.get('t')).toBe(token)
    }
    expect(await choices(id)).toEqual({ bargaining: true, actions: true, digest: true })
  })
})

describe('the preferences page’s endpoints', () => {
  it('read the member’s choices and save new ones (GET and POST round trip)', async () => {
    const id = await member()
    const token = signEmailToken(id, 'all')
    const read = await rest(`/api/members/email-preferences?t=${encodeURIComponent(token)}`)
    expect(read.status).toBe(200)
    expect(read.headers.get('cache-control')).toBe('no-store')
    expect(read.json).toEqual({ lang: 'en', scope: 'all', preferences: { bargaining: true, actions: true, digest: true } })

    const preferences = { bargaining: false, actions: true, digest: false }
    const saved = await rest('/api/members/email-preferences', { method: 'POST', body: { token, preferences } })
    expect(saved.status).toBe(200)
    expect(saved.json).toEqual({ preferences })
    expect(await choices(id)).toEqual(preferences)
    expect((await rest(`/api/members/email-preferences?t=${encodeURIComponent(token)}`)).json).toMatchObject({ preferences })
  })

  it('refuse changed and expired links', async () => {
    const id = await member()
    const bad = await rest(`/api/members/email-preferences?t=${encodeURIComponent(forged(signEmailToken(id, 'all')))}`)
    expect(bad.status).toBe(400)
    expect(bad.json).toMatchObject({ code: 'invalid' })
    expect((await rest('/api/members/email-preferences')).status).toBe(400)
    const old = await rest(`/api/members/email-preferences?t=${encodeURIComponent(expired(id, 'all'))}`)
    expect(old.status).toBe(410)
    expect(old.json).toMatchObject({ code: 'expired' })
    const none = { bargaining: false, actions: false, digest: false }
    const oldSave = await rest('/api/members/email-preferences', { method: 'POST', body: { token: expired(id, 'all'), preferences: none } })
    expect(oldSave.status).toBe(410)
    expect(await choices(id)).toEqual({ bargaining: true, actions: true, digest: true })
  })

  it('refuse malformed bodies with 400 and change nothing', async () => {
    const id = await member()
    const token = signEmailToken(id, 'all')
    const bodies: unknown[] = [
      {},
      { token },
      { token, preferences: { bargaining: false, actions: false } },
      { token, preferences: { bargaining: 'no', actions: false, digest: false } },
      { token, preferences: { bargaining: false, actions: false, digest: false, campaigns: false } },
      { token, preferences: { bargaining: false, actions: false, digest: false }, extra: 1 },
      [token],
    ]
    for (const body of bodies) {
      const answer = await rest('/api/members/email-preferences', { method: 'POST', body })
      expect(answer.status, JSON.stringify(body)).toBe(400)
      expect(answer.json).toMatchObject({ code: 'invalid' })
    }
    const notJson = await handleEndpoints({
      config,
      path: '/api/members/email-preferences',
      request: new Request('http://localhost:3000/api/members/email-preferences', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"token":' }),
    })
    expect(notJson.status).toBe(400)
    expect(await choices(id)).toEqual({ bargaining: true, actions: true, digest: true })
  })
})
