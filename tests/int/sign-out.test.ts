// Signing out: the server forgets the session (its token is refused as cookie and as header), the
// site's cookies are cleared, other sessions survive unless the member signs out everywhere; the
// header's session endpoint; staff logout revokes too.
import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { linkIn, outbox } from '@/lib/email/outbox'
import { DEMO_STAFF } from '@/scripts/seed/staff'
import { seed } from '@/scripts/seed/index'

import { regionId } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { login as staffLogin, rest } from '../helpers/rest'
import { freshIp, pathOf, signUpAndConfirm, type SignedInMember } from './members-fixtures'

const SITE = 'http://localhost:3000'
// What a browser sends with a form post from the site itself.
const SAME_ORIGIN = { origin: SITE, 'sec-fetch-site': 'same-origin' }

let payload: Payload
let ncal: number

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  ncal = await regionId(payload, 'ncal')
})

/** A plain HTML form post (application/x-www-form-urlencoded), as the header's and /account's forms send. */
async function postForm(path: string, fields: Record<string, string>, headers: Record<string, string>) {
  const request = new Request(`${SITE}${path}`, { method: 'POST', headers, body: new URLSearchParams(fields) })
  const response = await handleEndpoints({ config, path, request })
  return { status: response.status, headers: response.headers, text: await response.text() }
}

const asCookie = (token: string) => ({ cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' })
const asHeader = (token: string) => ({ authorization: `JWT ${token}` })

/** Who /api/<collection>/me says the request is signed in as (null: refused). */
async function whoIs(headers: Record<string, string>, collection: 'members' | 'users' = 'members'): Promise<string | null> {
  const { json } = await rest(`/api/${collection}/me`, { headers })
  return (json.user as { email?: string } | null)?.email ?? null
}

async function passwordLogin(member: SignedInMember) {
  const response = await rest('/api/members/login', { method: 'POST', body: { email: member.email, password: member.password }, headers: freshIp() })
  expect(response.status).toBe(200)
  return { token: String(response.json.token), cookies: response.headers.getSetCookie() }
}

async function storedSessionIds(id: number): Promise<string[]> {
  const member = await payload.findByID({ collection: 'members', id, overrideAccess: true, showHiddenFields: true, depth: 0 })
  return (member.sessions ?? []).map((session) => session.id)
}

function sessionIdOf(token: string): string {
  const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { sid: string }
  return claims.sid
}

/** The cookie of that name in a response's Set-Cookie headers, with its attributes. */
function setCookie(headers: Headers, name: string): string | undefined {
  return headers.getSetCookie().find((cookie) => cookie.startsWith(`${name}=`))
}

function expectCleared(headers: Headers, name: string) {
  const cookie = setCookie(headers, name)
  expect(cookie, `${name} is cleared`).toBeDefined()
  expect(cookie!.split(';')[0]).toBe(`${name}=`)
  const expires = /Expires=([^;]+)/.exec(cookie!)?.[1]
  expect(/Max-Age=0/.test(cookie!) || (expires !== undefined && new Date(expires).getTime() < Date.now())).toBe(true)
}

describe('signing in tells the header', () => {
  it('a password sign-in sets the non-secret signed-in hint beside the httpOnly session cookie', async () => {
    const member = await signUpAndConfirm(payload, ncal)
    const { cookies } = await passwordLogin(member)
    const hint = cookies.find((cookie) => cookie.startsWith('signed-in='))
    expect(hint).toMatch(/^signed-in=1; Path=\/; Max-Age=2592000; SameSite=Lax/)
    expect(hint).not.toMatch(/HttpOnly/i)
    expect(cookies.find((cookie) => cookie.startsWith('payload-token='))).toMatch(/HttpOnly/)
  })

  it('a magic-link sign-in sets it too', async () => {
    const member = await signUpAndConfirm(payload, ncal)
    await rest('/api/members/magic-link', { method: 'POST', body: { email: member.email }, headers: freshIp() })
    const link = linkIn(outbox(member.email)[0], `${SITE}/api/members/magic-link/verify`)
    expect(link).toBeTruthy()
    const verified = await rest(pathOf(link!))
    expect(verified.status).toBe(303)
    expect(setCookie(verified.headers, 'signed-in')).toMatch(/^signed-in=1;/)
    expect(setCookie(verified.headers, 'payload-token')).toMatch(/^payload-token=[^;]+;/)
  })
})

describe('sign out', () => {
  it('ends only this session: its token is refused as cookie and as header at once, another session keeps working, the cookies are cleared', async () => {
    const member = await signUpAndConfirm(payload, ncal, 'Rosa Parks')
    const first = member.token
    const { token: second } = await passwordLogin(member)
    // Both work before, so the refusals below are the sign-out's doing.
    expect(await whoIs(asCookie(first))).toBe(member.email)
    expect(await whoIs(asHeader(first))).toBe(member.email)
    expect(await storedSessionIds(member.id)).toEqual(expect.arrayContaining([sessionIdOf(first), sessionIdOf(second)]))

    const response = await postForm('/api/members/sign-out', { next: '/news/some-article' }, { ...SAME_ORIGIN, cookie: `payload-token=${first}; signed-in=1; region=ncal` })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`${SITE}/news/some-article`)
    expect(response.headers.get('cache-control')).toBe('no-store')
    for (const name of ['payload-token', 'signed-in', 'region']) expectCleared(response.headers, name)

    expect(await whoIs(asCookie(first))).toBeNull()
    expect(await whoIs(asHeader(first))).toBeNull()
    expect((await rest('/api/members/session', { headers: asHeader(first) })).status).toBe(401)
    expect(await whoIs(asHeader(second))).toBe(member.email)
    const left = await storedSessionIds(member.id)
    expect(left).not.toContain(sessionIdOf(first))
    expect(left).toContain(sessionIdOf(second))
  })

  it('everywhere ends every session of the member, whichever way its token is sent', async () => {
    const member = await signUpAndConfirm(payload, ncal)
    const { token: second } = await passwordLogin(member)
    const { token: third } = await passwordLogin(member)
    const tokens = [member.token, second, third]
    for (const token of tokens) expect(await whoIs(asHeader(token))).toBe(member.email)

    // Sent from a script with the token as a header, like any API client.
    const response = await postForm('/api/members/sign-out', { everywhere: '1' }, asHeader(second))
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`${SITE}/`)

    for (const token of tokens) {
      expect(await whoIs(asHeader(token))).toBeNull()
      expect(await whoIs(asCookie(token))).toBeNull()
    }
    expect(await storedSessionIds(member.id)).toEqual([])
  })

  it('refuses a post from another site and changes nothing', async () => {
    const member = await signUpAndConfirm(payload, ncal)
    const cookie = `payload-token=${member.token}; signed-in=1`
    const crossSite: Array<Record<string, string>> = [
      { cookie, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      { cookie, 'sec-fetch-site': 'cross-site' },
    ]
    for (const headers of crossSite) {
      const response = await postForm('/api/members/sign-out', { everywhere: '1' }, headers)
      expect(response.status).toBe(403)
      expect(JSON.parse(response.text)).toMatchObject({ code: 'forbidden', error: expect.any(String) })
      expect(response.headers.getSetCookie()).toEqual([])
    }
    expect(await whoIs(asCookie(member.token))).toBe(member.email)
    expect(await storedSessionIds(member.id)).toContain(sessionIdOf(member.token))
  })

  it('is POST only: a GET (a link, an image) signs nobody out', async () => {
    const member = await signUpAndConfirm(payload, ncal)
    const response = await rest('/api/members/sign-out?everywhere=1', { headers: asHeader(member.token) })
    expect(response.status).toBe(400)
    expect(response.json).toMatchObject({ code: 'invalid' })
    expect(response.headers.get('allow')).toBe('POST')
    expect(response.headers.getSetCookie()).toEqual([])
    expect(await whoIs(asHeader(member.token))).toBe(member.email)
  })

  it('without a session still clears the cookies, and returns only to pages on this site that work signed out', async () => {
    const cases: Array<[string | undefined, string]> = [
      ['/campaigns/open-letter?x=1', '/campaigns/open-letter?x=1'],
      ['/account', '/'],
      ['//evil.example/phish', '/'],
      ['https://evil.example/', '/'],
      [undefined, '/'],
    ]
    for (const [next, path] of cases) {
      const response = await postForm('/api/members/sign-out', next === undefined ? {} : { next }, { ...SAME_ORIGIN, cookie: 'signed-in=1; region=ncal' })
      expect(response.status).toBe(303)
      expect(response.headers.get('location')).toBe(`${SITE}${path}`)
      expectCleared(response.headers, 'signed-in')
    }
  })
})

describe('the header’s session endpoint', () => {
  it('tells a signed-in member only their first name, never cached, and never the session list', async () => {
    const member = await signUpAndConfirm(payload, ncal, '  Ada   Lovelace ')
    for (const headers of [asHeader(member.token), asCookie(member.token)]) {
      const response = await rest('/api/members/session', { headers })
      expect(response.status).toBe(200)
      expect(response.json).toEqual({ firstName: 'Ada' })
      expect(response.headers.get('cache-control')).toMatch(/no-store/)
      expect(response.text).not.toMatch(/session|@|token/i)
    }
  })

  it('answers 401 (no-store, one error shape) to visitors and staff, and clears a stale hint', async () => {
    const staff = DEMO_STAFF.find((person) => person.role === 'communications')!
    const staffToken = await staffLogin(staff.email, staff.password)
    for (const headers of [{ cookie: 'signed-in=1', 'sec-fetch-site': 'same-origin' }, asHeader(staffToken)]) {
      const response = await rest('/api/members/session', { headers })
      expect(response.status).toBe(401)
      expect(response.json).toEqual({ error: expect.any(String), code: 'unauthorized' })
      expect(response.headers.get('cache-control')).toMatch(/no-store/)
      expectCleared(response.headers, 'signed-in')
    }
  })
})

describe('staff', () => {
  it('Payload’s admin logout revokes the session: the old staff token is refused as header and as cookie', async () => {
    const staff = DEMO_STAFF.find((person) => person.role === 'regional')!
    const token = await staffLogin(staff.email, staff.password)
    const other = await staffLogin(staff.email, staff.password)
    expect(await whoIs(asHeader(token), 'users')).toBe(staff.email)

    const logout = await rest('/api/users/logout', { method: 'POST', headers: asHeader(token) })
    expect(logout.status).toBe(200)
    expect(await whoIs(asHeader(token), 'users')).toBeNull()
    expect(await whoIs(asCookie(token), 'users')).toBeNull()
    expect(await whoIs(asHeader(other), 'users')).toBe(staff.email)
  })

  it('a staff session posted to the site’s sign-out is revoked, not just its cookie dropped', async () => {
    const staff = DEMO_STAFF.find((person) => person.role === 'admin')!
    const token = await staffLogin(staff.email, staff.password)
    const response = await postForm('/api/members/sign-out', {}, { ...SAME_ORIGIN, cookie: `payload-token=${token}` })
    expect(response.status).toBe(303)
    expectCleared(response.headers, 'payload-token')
    expect(await whoIs(asHeader(token), 'users')).toBeNull()
  })
})
