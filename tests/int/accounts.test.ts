// Accounts: sign-in limits keyed on the e-mail as typed any way, one lock answer whether or not the
// account exists, new passwords only with the current one, no session lists in answers, and
// Retry-After on every 429.
import crypto from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { POST as signRoute } from '@/app/(site)/api/petitions/[campaignSlug]/sign/route'
import { LIMITS } from '@/lib/rateLimit/limits'
import { seed } from '@/scripts/seed/index'
import { createStaffUser } from '@/lib/users/createStaffUser'

import { type Actor, loadActors, type Role } from '../helpers/actors'
import { regionId } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { graphql, login, rest } from '../helpers/rest'
import { freshIp, signUpAndConfirm, type SignedInMember, uniqueEmail } from './members-fixtures'

let payload: Payload
let actors: Record<Role, Actor>
let ncal: number

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  actors = await loadActors(payload)
  ncal = await regionId(payload, 'ncal')
})

const memberLogin = (email: string, password: string, from = freshIp()) => rest('/api/members/login', { method: 'POST', body: { email, password }, headers: from })
const retryAfter = (headers: Headers) => Number(headers.get('retry-after'))

async function newStaff(role: 'communications' | 'regional' = 'communications') {
  const email = uniqueEmail('staff')
  const password = 'Staff-pass-2026!'
  await createStaffUser(payload, { email, password, role, regions: role === 'regional' ? ['ncal'] : [], name: 'Test Staff' })
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1 })
  return { id: docs[0]!.id, email, password, token: await login(email, password) }
}

describe('sign-in limits', () => {
  it('count " Maria@…", "MARIA@…" and "maria@…" as one account', async () => {
    const member = await signUpAndConfirm(payload, ncal)
    const from = { 'x-forwarded-for': '203.0.113.77' }
    const spellings = [` ${member.email}`, member.email.toUpperCase(), `${member.email} `, `\t${member.email}`, member.email]
    const statuses: number[] = []
    for (const email of spellings) statuses.push((await memberLogin(email, 'wrong-password', from)).status)
    expect(statuses).toEqual([401, 401, 401, 401, 401])
    const sixth = await memberLogin(` ${member.email.toUpperCase()} `, member.password, from)
    expect(sixth.status).toBe(429)
    expect(retryAfter(sixth.headers)).toBeGreaterThan(0)
    const bucket = await payload.db.drizzle.execute(sql`select hits from rate_limit_buckets where key = ${`login:account:members:${member.email}@203.0.113.77`}`)
    // Five failures counted; the refused sixth attempt was not.
    expect(Number((bucket.rows[0] as { hits: number }).hits)).toBe(5)
  })

  it('answer the same way whether or not the account exists', async () => {
    const member = await signUpAndConfirm(payload, ncal)
    const answers = async (email: string) => {
      const seen: Array<{ status: number; message: unknown; retry: boolean }> = []
      const from = freshIp()
      for (let attempt = 0; attempt < LIMITS.login.account.points + 2; attempt++) {
        const response = await memberLogin(email, 'wrong-password', from)
        seen.push({ status: response.status, message: response.json.errors ?? response.json.error, retry: response.headers.has('retry-after') })
      }
      return seen
    }
    expect(await answers(member.email)).toEqual(await answers(uniqueEmail('nobody')))
  })

  it("answer Payload's own lock exactly like the limit: no hint that the account exists", async () => {
    const member = await signUpAndConfirm(payload, ncal)
    const nobody = await memberLogin(uniqueEmail('nobody'), 'wrong-password')
    // Locked by Payload (five failures in an earlier window), while our window is fresh.
    await payload.db.updateOne({ collection: 'members', id: member.id, data: { lockUntil: new Date(Date.now() + 600_000).toISOString(), loginAttempts: 5 } })
    const locked = await memberLogin(member.email, member.password)
    expect(locked.status).toBe(429)
    expect(retryAfter(locked.headers)).toBeGreaterThan(0)
    expect(JSON.stringify(locked.json)).not.toMatch(/locked/i)
    expect(locked.json.error).toMatch(/too many attempts/i)
    expect(nobody.status).toBe(401)
  })

  it('apply to staff sign-in at /api/users/login too', async () => {
    const staff = await newStaff()
    const from = freshIp()
    for (let attempt = 0; attempt < LIMITS.login.account.points; attempt++) {
      await rest('/api/users/login', { method: 'POST', body: { email: ` ${staff.email.toUpperCase()}`, password: 'wrong' }, headers: from })
    }
    const blocked = await rest('/api/users/login', { method: 'POST', body: { email: staff.email, password: staff.password }, headers: from })
    expect(blocked.status).toBe(429)
    expect(retryAfter(blocked.headers)).toBeGreaterThan(0)
  })
})

describe('changing a password', () => {
  async function twoSessions(): Promise<SignedInMember & { other: string }> {
    const member = await signUpAndConfirm(payload, ncal)
    const other = await memberLogin(member.email, member.password)
    return { ...member, other: String(other.json.token) }
  }
  const stillSignedIn = async (token: string) => (await rest('/api/members/me', { token })).json.user !== null

  it('is refused without the current password, and the old password keeps working', async () => {
    const member = await twoSessions()
    const response = await rest(`/api/members/${member.id}`, { method: 'PATCH', token: member.token, body: { password: 'Taken-over-2026' } })
    expect(response.status).toBe(400)
    expect(response.json).toMatchObject({ code: 'invalid', fields: { currentPassword: expect.any(String) } })
    expect((await memberLogin(member.email, 'Taken-over-2026')).status).toBe(401)
    expect((await memberLogin(member.email, member.password)).status).toBe(200)
  })

  it('says why in the language of the form (its `lang`, never stored)', async () => {
    const member = await twoSessions()
    const wrong = await rest(`/api/members/${member.id}`, { method: 'PATCH', token: member.token, body: { password: 'Taken-over-2026', currentPassword: 'guess-guess', lang: 'es' } })
    expect(wrong.status).toBe(400)
    expect(wrong.json).toMatchObject({ error: 'Escriba su contraseña actual para elegir una nueva.', fields: { currentPassword: 'Escriba su contraseña actual' } })
    const weak = await rest(`/api/members/${member.id}`, { method: 'PATCH', token: member.token, body: { password: 'short', currentPassword: member.password, lang: 'es' } })
    expect(weak.json).toMatchObject({ fields: { password: 'Use al menos 10 caracteres' } })
    const changed = await rest(`/api/members/${member.id}`, { method: 'PATCH', token: member.token, body: { password: 'Brand-new-2026', currentPassword: member.password, lang: 'es' } })
    expect(changed.status).toBe(200)
  })

  it('is refused with a wrong current password', async () => {
    const member = await twoSessions()
    const response = await rest(`/api/members/${member.id}`, { method: 'PATCH', token: member.token, body: { password: 'Taken-over-2026', currentPassword: 'guess-guess' } })
    expect(response.status).toBe(400)
    expect((await memberLogin(member.email, member.password)).status).toBe(200)
  })

  it('with the current password sets the new one and ends every other session', async () => {
    const member = await twoSessions()
    const response = await rest(`/api/members/${member.id}`, { method: 'PATCH', token: member.token, body: { password: 'Brand-new-2026', currentPassword: member.password } })
    expect(response.status).toBe(200)
    expect(await stillSignedIn(member.token)).toBe(true)
    expect(await stillSignedIn(member.other)).toBe(false)
    expect((await memberLogin(member.email, member.password)).status).toBe(401)
    expect((await memberLogin(member.email, 'Brand-new-2026')).status).toBe(200)
  })

  it('for staff works the same way; an admin may set another account’s password, which ends its sessions', async () => {
    const staff = await newStaff('regional')
    const own = await rest(`/api/users/${staff.id}`, { method: 'PATCH', token: staff.token, body: { password: 'Staff-new-2026!' } })
    expect(own.status).toBe(400)
    const withCurrent = await rest(`/api/users/${staff.id}`, { method: 'PATCH', token: staff.token, body: { password: 'Staff-new-2026!', currentPassword: staff.password } })
    expect(withCurrent.status).toBe(200)
    const token = await login(staff.email, 'Staff-new-2026!')
    const byAdmin = await rest(`/api/users/${staff.id}`, { method: 'PATCH', token: actors.admin.token, body: { password: 'Set-by-admin-2026!' } })
    expect(byAdmin.status).toBe(200)
    expect((await rest('/api/users/me', { token })).json.user).toBeNull()
    await expect(login(staff.email, 'Set-by-admin-2026!')).resolves.toEqual(expect.any(String))
  })

  it('refuses a weak new password with the sign-up rule, whoever sets it', async () => {
    const member = await twoSessions()
    const short = await rest(`/api/members/${member.id}`, { method: 'PATCH', token: member.token, body: { password: 'short1', currentPassword: member.password } })
    expect(short.status).toBe(400)
    expect(short.json).toMatchObject({ code: 'invalid', fields: { password: expect.stringMatching(/10 characters/) } })
    const staff = await newStaff()
    const weak = await rest(`/api/users/${staff.id}`, { method: 'PATCH', token: actors.admin.token, body: { password: 'alllowercaseletters' } })
    expect(weak.status).toBe(400)
    expect(weak.json).toMatchObject({ fields: { password: expect.stringMatching(/mix/) } })
    await expect(login(staff.email, staff.password)).resolves.toEqual(expect.any(String))
  })

  it('cannot be done to someone else by a non-admin', async () => {
    const staff = await newStaff()
    const response = await rest(`/api/users/${actors.admin.user!.id}`, { method: 'PATCH', token: staff.token, body: { password: 'Hijack-2026!!' } })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    await expect(login('admin@coalition.test', 'Hijack-2026!!')).rejects.toThrow()
  })
})

describe('answers about oneself', () => {
  it('never list sessions: me, by id and GraphQL, for members and staff', async () => {
    const member = await signUpAndConfirm(payload, ncal)
    const me = await rest('/api/members/me', { token: member.token })
    expect(me.json.user).toMatchObject({ email: member.email })
    expect(me.text).not.toContain('sessions')
    expect((await rest(`/api/members/${member.id}`, { token: member.token })).text).not.toContain('sessions')
    const staff = await rest('/api/users/me', { token: actors.communications.token })
    expect(staff.json.user).toMatchObject({ email: 'comms@coalition.test' })
    expect(staff.text).not.toContain('sessions')
    const viaGraphql = await graphql('{ meUser { user { email sessions { id } } } }', actors.communications.token)
    expect(JSON.stringify(viaGraphql.data ?? {})).not.toMatch(/"sessions":\[\{/)
    // Payload itself still sees them: the session is valid until signed out.
    const stored = await payload.findByID({ collection: 'members', id: member.id, overrideAccess: true })
    expect(stored.sessions?.length).toBeGreaterThan(0)
  })
})

describe('every 429 says when to come back', () => {
  async function fill(key: string) {
    await payload.db.drizzle.execute(sql`
      insert into rate_limit_buckets (key, hits, reset_at) values (${key}, 100000, now() + interval '5 minutes')
      on conflict (key) do update set hits = 100000, reset_at = now() + interval '5 minutes'`)
  }
  const ip = () => `10.${crypto.randomInt(256)}.${crypto.randomInt(256)}.${crypto.randomInt(256)}`

  it.each([
    ['sign-up', 'signup', (address: string) => rest('/api/members/signup', { method: 'POST', body: { name: 'Rosa', email: uniqueEmail(), password: 'Member-pass-2026', region: ncal }, headers: { 'x-forwarded-for': address } })],
    ['a sign-in link', 'magicLink', (address: string) => rest('/api/members/magic-link', { method: 'POST', body: { email: uniqueEmail() }, headers: { 'x-forwarded-for': address } })],
    ['member sign-in', 'login', (address: string) => rest('/api/members/login', { method: 'POST', body: { email: uniqueEmail(), password: 'x' }, headers: { 'x-forwarded-for': address } })],
    ['staff sign-in', 'login', (address: string) => rest('/api/users/login', { method: 'POST', body: { email: uniqueEmail(), password: 'x' }, headers: { 'x-forwarded-for': address } })],
    ['a password reset', 'passwordReset', (address: string) => rest('/api/users/forgot-password', { method: 'POST', body: { email: uniqueEmail() }, headers: { 'x-forwarded-for': address } })],
    ['signing', 'sign', async (address: string) => {
      const response = await signRoute(
        new Request('http://localhost:3000/api/petitions/any/sign', { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address }, body: JSON.stringify({ name: 'Pat', email: uniqueEmail(), region: ncal }) }),
        { params: Promise.resolve({ campaignSlug: 'any' }) },
      )
      return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown> }
    }],
    ['a story', 'story', async (address: string) => {
      const member = await signUpAndConfirm(payload, ncal)
      const form = new FormData()
      form.set('text', 'We were three nurses short.')
      form.set('region', String(ncal))
      form.set('consentToPublish', 'on')
      const request = new Request('http://localhost:3000/api/stories/submit', { method: 'POST', headers: { authorization: `JWT ${member.token}`, 'x-forwarded-for': address }, body: form })
      const response = await handleEndpoints({ config, path: '/api/stories/submit', request })
      return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown> }
    }],
  ] as const)('%s', async (_label, action, send) => {
    const address = ip()
    await fill(`${action}:ip:${address}`)
    const response = await send(address)
    expect(response.status).toBe(429)
    expect(retryAfter(response.headers)).toBeGreaterThan(250)
    expect(retryAfter(response.headers)).toBeLessThanOrEqual(300)
    expect(response.json.error ?? (response.json.errors as Array<{ message: string }>)[0]!.message).toMatch(/too many attempts/i)
  })
})
