// Members: sign-up with e-mailed confirmation, password and magic-link sign-in, what a member may
// read and change, and the limits on each door.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { linkIn, outbox } from '@/lib/email/outbox'
import { LIMITS, SIGN_IN_LOCK } from '@/lib/rateLimit/limits'
import { seed } from '@/scripts/seed/index'

import { loadActors } from '../helpers/actors'
import { makeDoc, regionId } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { contentCleanup, freshIp, pathOf, signUpAndConfirm, uniqueEmail } from './members-fixtures'

let payload: Payload
let ncal: number
let scal: number
const cleanup = contentCleanup(() => payload)

afterAll(() => cleanup.run())

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  ncal = await regionId(payload, 'ncal')
  scal = await regionId(payload, 'scal')
})

const MAGIC = 'http://localhost:3000/api/members/magic-link/verify'
const CONFIRM = 'http://localhost:3000/api/members/confirm'

describe('sign-up', () => {
  it('creates an unconfirmed member, e-mails a confirmation link, and allows password sign-in only after it is followed', async () => {
    const email = uniqueEmail()
    const password = 'Member-pass-2026'
    const signup = await rest('/api/members/signup', {
      method: 'POST',
      body: { name: 'Rosa Parks', email: email.toUpperCase(), password, region: ncal, worksite: 'Pharmacy' },
      headers: freshIp(),
    })
    expect(signup.status).toBe(201)
    expect(signup.json.message).toMatch(/check your e-mail/i)

    const before = await rest('/api/members/login', { method: 'POST', body: { email, password }, headers: freshIp() })
    expect(before.status).toBe(403)

    const link = linkIn(outbox(email)[0], CONFIRM)
    expect(link).toBeTruthy()
    const confirmed = await rest(pathOf(link!))
    expect(confirmed.status).toBe(303)

    const after = await rest('/api/members/login', { method: 'POST', body: { email, password }, headers: freshIp() })
    expect(after.status).toBe(200)
    const me = await rest('/api/members/me', { token: String(after.json.token) })
    expect(me.json.user).toMatchObject({ email, name: 'Rosa Parks', worksite: 'Pharmacy' })
  })

  it('saves the e-mail choices of the sign-up form, and all of them when a client sends none', async () => {
    const chosen = uniqueEmail()
    const body = { name: 'Rosa Parks', password: 'Member-pass-2026', region: ncal }
    const withChoices = await rest('/api/members/signup', { method: 'POST', body: { ...body, email: chosen, emailPreferences: { bargaining: true, actions: false, digest: true } }, headers: freshIp() })
    expect(withChoices.status).toBe(201)
    const plain = uniqueEmail()
    expect((await rest('/api/members/signup', { method: 'POST', body: { ...body, email: plain }, headers: freshIp() })).status).toBe(201)
    const stored = async (email: string) => (await payload.find({ collection: 'members', where: { email: { equals: email } }, overrideAccess: true })).docs[0]?.emailPreferences
    expect(await stored(chosen)).toMatchObject({ bargaining: true, actions: false, digest: true })
    expect(await stored(plain)).toMatchObject({ bargaining: true, actions: true, digest: true })
  })

  it('shows a message per invalid field and stores nothing', async () => {
    const email = uniqueEmail()
    const response = await rest('/api/members/signup', { method: 'POST', body: { name: 'X', email, password: 'short' }, headers: freshIp() })
    expect(response.status).toBe(400)
    expect(response.json.fields).toMatchObject({ name: expect.any(String), password: expect.any(String), region: expect.any(String) })
    expect((await payload.count({ collection: 'members', where: { email: { equals: email } } })).totalDocs).toBe(0)
  })

  it('says what to fix in the language of the page the form was sent from', async () => {
    const response = await rest('/api/members/signup', { method: 'POST', body: { name: 'X', email: uniqueEmail(), password: 'short', lang: 'es' }, headers: freshIp() })
    expect(response.status).toBe(400)
    expect(response.json).toMatchObject({
      error: 'Por favor, corrija los campos marcados.',
      fields: { name: 'Escriba su nombre', password: 'Use al menos 10 caracteres', region: 'Elija una opción de la lista' },
    })
  })

  it('refuses the generic create endpoint, so nobody can sign up around validation or set privileged fields', async () => {
    const email = uniqueEmail()
    const response = await rest('/api/members', {
      method: 'POST',
      body: { name: 'Sneaky', email, password: 'Member-pass-2026', region: ncal, _verified: true },
    })
    expect(response.status).toBe(403)
    expect((await payload.count({ collection: 'members', where: { email: { equals: email } } })).totalDocs).toBe(0)
  })

  it('answers a second sign-up for a known address the same way, with a sign-in link instead of a new account', async () => {
    const member = await signUpAndConfirm(payload, ncal)
    const again = await rest('/api/members/signup', {
      method: 'POST',
      body: { name: 'Someone Else', email: member.email, password: 'Other-pass-2026', region: ncal },
      headers: freshIp(),
    })
    expect(again.status).toBe(201)
    expect((await payload.count({ collection: 'members', where: { email: { equals: member.email } } })).totalDocs).toBe(1)
    expect(linkIn(outbox(member.email)[0], MAGIC)).toBeTruthy()
  })
})

describe('what a member may do', () => {
  it('reads and updates only their own record, and cannot change verification or e-mail', async () => {
    const alice = await signUpAndConfirm(payload, ncal, 'Alice')
    const bob = await signUpAndConfirm(payload, ncal, 'Bob')
    const list = await rest('/api/members?limit=100', { token: alice.token })
    expect(list.status).toBe(200)
    expect(list.json.docs!.map((doc) => doc.email)).toEqual([alice.email])

    const other = await rest(`/api/members/${bob.id}`, { method: 'PATCH', token: alice.token, body: { name: 'Hacked' } })
    expect(other.status).toBeGreaterThanOrEqual(400)
    expect((await payload.findByID({ collection: 'members', id: bob.id })).name).toBe('Bob')

    const own = await rest(`/api/members/${alice.id}`, {
      method: 'PATCH',
      token: alice.token,
      body: { name: 'Alice B.', email: 'taken-over@example.org', _verified: false, emailPreferences: { digest: false } },
    })
    expect(own.status).toBe(200)
    const stored = await payload.findByID({ collection: 'members', id: alice.id, showHiddenFields: true })
    expect(stored).toMatchObject({ name: 'Alice B.', email: alice.email, _verified: true, emailPreferences: { digest: false } })
  })

  it('keep their language with their other settings (the account page saves it)', async () => {
    const member = await signUpAndConfirm(payload, ncal)
    expect((await rest('/api/members/me', { token: member.token })).json.user).toMatchObject({ preferredLanguage: 'en' })
    const saved = await rest(`/api/members/${member.id}`, {
      method: 'PATCH',
      token: member.token,
      body: { region: ncal, local: null, worksite: 'ICU', preferredLanguage: 'es', emailPreferences: { bargaining: false, actions: true, digest: false } },
    })
    expect(saved.status).toBe(200)
    expect((await rest('/api/members/me', { token: member.token })).json.user).toMatchObject({ preferredLanguage: 'es', worksite: 'ICU' })
    const refused = await rest(`/api/members/${member.id}`, { method: 'PATCH', token: member.token, body: { preferredLanguage: 'fr' } })
    expect(refused.status).toBe(400)
  })

  it('never enters the admin and never reads drafts', async () => {
    const member = await signUpAndConfirm(payload, ncal)
    const actors = await loadActors(payload)
    // Payload drops `false` permissions from the answer, so compare with staff, who do get `true`.
    expect((await rest('/api/access', { token: actors.communications.token })).json.canAccessAdmin).toBe(true)
    expect((await rest('/api/access', { token: member.token })).json.canAccessAdmin).toBeUndefined()

    const draft = cleanup.track('announcements', await makeDoc(payload, 'announcements', { status: 'draft', title: `Member draft ${Date.now()}` }))
    const viaRest = await rest(`/api/announcements?draft=true&where[id][equals]=${draft.id}`, { token: member.token })
    expect(viaRest.json.docs).toEqual([])
    const viaLocal = await payload.find({
      collection: 'announcements',
      where: { id: { equals: draft.id } },
      draft: true,
      overrideAccess: false,
      user: { ...(await payload.findByID({ collection: 'members', id: member.id })), collection: 'members' },
    })
    expect(viaLocal.docs).toEqual([])
  })

  it('is invisible to non-admin staff and listed for admins', async () => {
    const member = await signUpAndConfirm(payload, ncal)
    const actors = await loadActors(payload)
    const asComms = await rest(`/api/members?where[id][equals]=${member.id}`, { token: actors.communications.token })
    expect(asComms.json.docs ?? []).toEqual([])
    const asAdmin = await rest(`/api/members?where[id][equals]=${member.id}`, { token: actors.admin.token })
    expect(asAdmin.json.docs!.map((doc) => doc.email)).toEqual([member.email])
  })
})

describe('delete my account and my data', () => {
  it('removes the account with its signatures and stories, and nothing of anyone else', async () => {
    const leaving = await signUpAndConfirm(payload, ncal, 'Leaving Member')
    const staying = await signUpAndConfirm(payload, ncal, 'Staying Member')
    const campaign = cleanup.track(
      'campaigns',
      await payload.create({
        collection: 'campaigns',
        data: { title: `Delete test ${Date.now()}`, status: 'active', audience: 'public', cta: { kind: 'sign' }, _status: 'published' },
        context: { disableRevalidate: true },
      }),
    )
    for (const member of [leaving, staying]) {
      await payload.create({ collection: 'signatures', data: { campaign: campaign.id, member: member.id, name: 'X Y', email: member.email, region: ncal } })
      await payload.create({ collection: 'stories', data: { submitter: member.id, region: ncal, text: 'A story.', consentToPublish: true, status: 'pending' } })
    }
    const own = await rest(`/api/members/${leaving.id}`, { method: 'DELETE', token: leaving.token })
    expect(own.status).toBe(200)
    const left = async (id: number, email: string) => ({
      members: (await payload.count({ collection: 'members', where: { id: { equals: id } } })).totalDocs,
      signatures: (await payload.count({ collection: 'signatures', where: { email: { equals: email } } })).totalDocs,
      stories: (await payload.count({ collection: 'stories', where: { submitter: { equals: id } } })).totalDocs,
    })
    expect(await left(leaving.id, leaving.email)).toEqual({ members: 0, signatures: 0, stories: 0 })
    expect(await left(staying.id, staying.email)).toEqual({ members: 1, signatures: 1, stories: 1 })

    const other = await rest(`/api/members/${staying.id}`, { method: 'DELETE', token: (await signUpAndConfirm(payload, ncal)).token })
    expect(other.status).toBeGreaterThanOrEqual(400)
    expect((await left(staying.id, staying.email)).members).toBe(1)
  })
})

describe('magic-link sign-in', () => {
  it('e-mails a single-use link that signs the member in with a session cookie', async () => {
    const member = await signUpAndConfirm(payload, ncal)
    const request = await rest('/api/members/magic-link', { method: 'POST', body: { email: member.email }, headers: freshIp() })
    expect(request.status).toBe(200)
    const link = linkIn(outbox(member.email)[0], MAGIC)
    expect(link).toBeTruthy()

    const stored = await payload.findByID({ collection: 'members', id: member.id, showHiddenFields: true })
    expect(stored.magicLinkHash).toMatch(/^[0-9a-f]{64}$/)
    expect(link).not.toContain(stored.magicLinkHash!)

    const { status, headers } = await verify(link!)
    expect(status).toBe(303)
    expect(headers.get('location')).toMatch(/\/account$/)
    const cookie = headers.get('set-cookie')!.split(';')[0]!
    // Payload accepts the cookie only from the site itself (CSRF): a browser says so in Sec-Fetch-Site.
    const me = await rest('/api/members/me', { headers: { cookie, 'sec-fetch-site': 'same-origin' } })
    expect((me.json.user as { email: string }).email).toBe(member.email)

    const again = await verify(link!)
    expect(again.headers.get('location')).toMatch(/\/signin\?link=expired$/)
    expect(again.headers.get('set-cookie')).toBeNull()
  })

  it('refuses an expired link', async () => {
    const member = await signUpAndConfirm(payload, ncal)
    await rest('/api/members/magic-link', { method: 'POST', body: { email: member.email }, headers: freshIp() })
    const link = linkIn(outbox(member.email)[0], MAGIC)!
    await payload.update({ collection: 'members', id: member.id, data: { magicLinkExpiresAt: new Date(Date.now() - 1000).toISOString() } })
    const { headers } = await verify(link)
    expect(headers.get('location')).toMatch(/link=expired/)
  })

  it('gives the same answer for an unknown address and sends nothing', async () => {
    const email = uniqueEmail('nobody')
    const response = await rest('/api/members/magic-link', { method: 'POST', body: { email }, headers: freshIp() })
    expect(response.status).toBe(200)
    expect(outbox(email)).toEqual([])
  })

  it('confirms an unconfirmed account, since opening the link proves the address', async () => {
    const email = uniqueEmail()
    await rest('/api/members/signup', { method: 'POST', body: { name: 'Link Only', email, password: 'Member-pass-2026', region: ncal }, headers: freshIp() })
    await rest('/api/members/magic-link', { method: 'POST', body: { email }, headers: freshIp() })
    const { headers } = await verify(linkIn(outbox(email)[0], MAGIC)!)
    expect(headers.get('location')).toMatch(/\/account$/)
    const { docs } = await payload.find({ collection: 'members', where: { email: { equals: email } }, showHiddenFields: true })
    expect(docs[0]!._verified).toBe(true)
  })
})

describe('the member’s region follows them', () => {
  const regionCookie = (headers: Headers) => headers.getSetCookie().find((cookie) => cookie.startsWith('region='))?.split(';')[0]

  it('sets the site’s region to the member’s own when they sign in with a password', async () => {
    const member = await signUpAndConfirm(payload, scal)
    const login = await rest('/api/members/login', { method: 'POST', body: { email: member.email, password: member.password }, headers: freshIp() })
    expect(login.status).toBe(200)
    expect(regionCookie(login.headers)).toBe('region=scal')
  })

  it('returns a magic-link sign-in to the page it started from, with the region set, and never to another site', async () => {
    const member = await signUpAndConfirm(payload, ncal)
    await rest('/api/members/magic-link', { method: 'POST', body: { email: member.email, next: '/news/strike-vote' }, headers: freshIp() })
    const back = await verify(linkIn(outbox(member.email)[0], MAGIC)!)
    expect(back.headers.get('location')).toBe('http://localhost:3000/news/strike-vote')
    expect(regionCookie(back.headers)).toBe('region=ncal')

    await rest('/api/members/magic-link', { method: 'POST', body: { email: member.email, next: '//evil.example/phish' }, headers: freshIp() })
    const safe = await verify(linkIn(outbox(member.email)[0], MAGIC)!)
    expect(safe.headers.get('location')).toBe('http://localhost:3000/account')
  })

  it('moves the home page to the new region when a member changes it on their account', async () => {
    const member = await signUpAndConfirm(payload, ncal)
    const moved = await rest(`/api/members/${member.id}`, { method: 'PATCH', token: member.token, body: { region: scal } })
    expect(moved.status).toBe(200)
    expect(regionCookie(moved.headers)).toBe('region=scal')
    const renamed = await rest(`/api/members/${member.id}`, { method: 'PATCH', token: member.token, body: { worksite: 'ICU, 4 West' } })
    expect(renamed.status).toBe(200)
    expect(regionCookie(renamed.headers)).toBeUndefined()
  })
})

describe('limits', () => {
  it('after five wrong passwords from one address refuses that address even the right one, and not the member elsewhere', async () => {
    const member = await signUpAndConfirm(payload, ncal)
    const guesser = freshIp()
    for (let attempt = 0; attempt < LIMITS.login.account.points; attempt++) {
      await rest('/api/members/login', { method: 'POST', body: { email: member.email, password: 'wrong-password' }, headers: guesser })
    }
    const fromGuesser = await rest('/api/members/login', { method: 'POST', body: { email: member.email, password: member.password }, headers: guesser })
    expect(fromGuesser.status).toBe(429)
    const fromWard = await rest('/api/members/login', { method: 'POST', body: { email: member.email, password: member.password }, headers: freshIp() })
    expect(fromWard.status).toBe(200)
  })

  it('locks the account everywhere after many wrong passwords from many addresses, even for the right one', async () => {
    const member = await signUpAndConfirm(payload, ncal)
    for (let attempt = 0; attempt < SIGN_IN_LOCK.maxLoginAttempts; attempt++) {
      await rest('/api/members/login', { method: 'POST', body: { email: member.email, password: 'wrong-password' }, headers: freshIp() })
    }
    const right = await rest('/api/members/login', { method: 'POST', body: { email: member.email, password: member.password }, headers: freshIp() })
    expect(right.status).toBe(429)
    expect(right.json.error).toMatch(/too many attempts/i)
  })

  it('answers 429 with a readable message when one address asks for too many sign-in links', async () => {
    const member = await signUpAndConfirm(payload, ncal)
    const statuses: number[] = []
    let last: Awaited<ReturnType<typeof rest>> | undefined
    for (let attempt = 0; attempt < 7; attempt++) {
      last = await rest('/api/members/magic-link', { method: 'POST', body: { email: member.email }, headers: freshIp() })
      statuses.push(last.status)
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200])
    expect(statuses.slice(5)).toEqual([429, 429])
    expect(last!.json.error).toMatch(/too many attempts/i)
  })

  it('answers 429 when one client address keeps signing up', async () => {
    const ip = freshIp()
    const statuses: number[] = []
    for (let attempt = 0; attempt < 22; attempt++) {
      const response = await rest('/api/members/signup', { method: 'POST', body: { name: 'Bulk', email: uniqueEmail('bulk'), password: 'Member-pass-2026', region: ncal }, headers: ip })
      statuses.push(response.status)
    }
    expect(statuses.filter((status) => status === 201)).toHaveLength(20)
    expect(statuses.slice(20)).toEqual([429, 429])
  })

  it('answers 429 to password sign-in from one address after too many tries', async () => {
    const ip = freshIp()
    const statuses: number[] = []
    const allowed = LIMITS.login.ip.points
    for (let attempt = 0; attempt < allowed + 2; attempt++) {
      const response = await rest('/api/members/login', { method: 'POST', body: { email: uniqueEmail('guess'), password: 'nope-nope-nope' }, headers: ip })
      statuses.push(response.status)
    }
    expect(statuses.slice(0, allowed).every((status) => status === 401)).toBe(true)
    expect(statuses.slice(allowed)).toEqual([429, 429])
  })
})

async function verify(link: string) {
  const { handleEndpoints } = await import('payload')
  const config = (await import('@payload-config')).default
  const request = new Request(`http://localhost:3000${pathOf(link)}`)
  const response = await handleEndpoints({ config, path: new URL(request.url).pathname, request })
  return { status: response.status, headers: response.headers }
}
