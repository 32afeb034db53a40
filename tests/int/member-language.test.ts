// A member's language: chosen on the sign-up form, saved by the header's language switch
// (POST /api/members/language), and brought back by the `lang` cookie whenever they sign in.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { linkIn, outbox } from '@/lib/email/outbox'
import { LANG_COOKIE_MAX_AGE } from '@/lib/i18n/languageScript'
import { seed } from '@/scripts/seed/index'

import { loadActors } from '../helpers/actors'
import { regionId } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { freshIp, pathOf, signUpAndConfirm, uniqueEmail } from './members-fixtures'

let payload: Payload
let ncal: number

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  ncal = await regionId(payload, 'ncal')
})

const LANGUAGE = '/api/members/language'
const MAGIC = 'http://localhost:3000/api/members/magic-link/verify'

const storedLanguage = async (id: number) => (await payload.findByID({ collection: 'members', id, depth: 0 })).preferredLanguage
const langCookie = (headers: Headers) => headers.getSetCookie().find((cookie) => cookie.startsWith('lang='))

async function verify(link: string) {
  const { handleEndpoints } = await import('payload')
  const config = (await import('@payload-config')).default
  const request = new Request(`http://localhost:3000${pathOf(link)}`)
  return handleEndpoints({ config, path: new URL(request.url).pathname, request })
}

describe('POST /api/members/language', () => {
  it('refuses anyone who is not a signed-in member, and changes nothing', async () => {
    const anonymous = await rest(LANGUAGE, { method: 'POST', body: { language: 'es' } })
    expect(anonymous.status).toBe(401)
    expect(anonymous.json).toMatchObject({ code: 'unauthorized', error: expect.stringMatching(/sign in/i) })

    // Staff sign in to /admin, not as members: they have no member profile to keep a language on.
    const staff = (await loadActors(payload)).communications
    expect((await rest(LANGUAGE, { method: 'POST', token: staff.token, body: { language: 'es' } })).status).toBe(401)
  })

  it('answers 400 with a clear message for anything but en or es, and keeps the stored language', async () => {
    const member = await signUpAndConfirm(payload, ncal)
    for (const body of [{ language: 'fr' }, { language: 'ES' }, { lang: 'es' }, {}]) {
      const response = await rest(LANGUAGE, { method: 'POST', token: member.token, body })
      expect(response.status).toBe(400)
      expect(response.json).toMatchObject({ code: 'invalid', error: expect.stringContaining('"language": "es"'), fields: { language: expect.stringMatching(/"en".*"es"/) } })
    }
    expect((await rest(LANGUAGE, { method: 'POST', token: member.token, body: 'es' })).status).toBe(400)
    const notJson = await rest(LANGUAGE, { method: 'POST', token: member.token, headers: { 'content-type': 'application/json' } })
    expect(notJson.status).toBe(400)
    expect(await storedLanguage(member.id)).toBe('en')
  })

  it('saves the member’s choice with 204 and the cookie, and only on their own profile', async () => {
    const maria = await signUpAndConfirm(payload, ncal, 'Maria Lopez')
    const james = await signUpAndConfirm(payload, ncal, 'James Lee')

    const toSpanish = await rest(LANGUAGE, { method: 'POST', token: maria.token, body: { language: 'es' } })
    expect(toSpanish.status).toBe(204)
    expect(toSpanish.text).toBe('')
    expect(toSpanish.headers.get('cache-control')).toBe('no-store')
    expect(langCookie(toSpanish.headers)).toBe(`lang=es; Path=/; Max-Age=${LANG_COOKIE_MAX_AGE}; SameSite=Lax`)
    expect(await storedLanguage(maria.id)).toBe('es')
    expect(await storedLanguage(james.id)).toBe('en')

    // The same choice again is still a 204 (the switch does not know what is stored).
    expect((await rest(LANGUAGE, { method: 'POST', token: maria.token, body: { language: 'es' } })).status).toBe(204)
    expect((await rest(LANGUAGE, { method: 'POST', token: maria.token, body: { language: 'en' } })).status).toBe(204)
    expect(await storedLanguage(maria.id)).toBe('en')
  })

  it('takes the session as the browser sends it from the switch (cookie and Sec-Fetch-Site)', async () => {
    const member = await signUpAndConfirm(payload, ncal)
    const response = await rest(LANGUAGE, {
      method: 'POST',
      body: { language: 'es' },
      headers: { cookie: `lang=es; payload-token=${member.token}`, 'sec-fetch-site': 'same-origin' },
    })
    expect(response.status).toBe(204)
    expect(await storedLanguage(member.id)).toBe('es')
  })
})

describe('signing in brings the member’s language along', () => {
  it('sets the lang cookie from the profile on password sign-in: a year, the whole site, readable by the page script', async () => {
    const member = await signUpAndConfirm(payload, ncal, 'Ana Spanish', 'es')
    const login = await rest('/api/members/login', { method: 'POST', body: { email: member.email, password: member.password }, headers: freshIp() })
    expect(login.status).toBe(200)
    const cookie = langCookie(login.headers)!
    expect(cookie).toBe(`lang=es; Path=/; Max-Age=${60 * 60 * 24 * 365}; SameSite=Lax`)
    expect(cookie).not.toMatch(/httponly/i)

    const english = await signUpAndConfirm(payload, ncal, 'Eve English')
    const englishLogin = await rest('/api/members/login', { method: 'POST', body: { email: english.email, password: english.password }, headers: freshIp() })
    expect(langCookie(englishLogin.headers)).toMatch(/^lang=en; /)
  })

  it('sets it on magic-link sign-in too, and lands on the account page in that language', async () => {
    const member = await signUpAndConfirm(payload, ncal, 'Luis Enlace', 'es')
    await rest('/api/members/magic-link', { method: 'POST', body: { email: member.email }, headers: freshIp() })
    const response = await verify(linkIn(outbox(member.email)[0], MAGIC)!)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('http://localhost:3000/es/account')
    expect(langCookie(response.headers)).toMatch(/^lang=es; Path=\/; Max-Age=31536000; SameSite=Lax$/)
  })

  it('follows a change made on the account page', async () => {
    const member = await signUpAndConfirm(payload, ncal)
    const changed = await rest(`/api/members/${member.id}`, { method: 'PATCH', token: member.token, body: { preferredLanguage: 'es' } })
    expect(changed.status).toBe(200)
    expect(langCookie(changed.headers)).toMatch(/^lang=es; /)
    const other = await rest(`/api/members/${member.id}`, { method: 'PATCH', token: member.token, body: { worksite: 'Lab' } })
    expect(langCookie(other.headers)).toBeUndefined()
  })
})

describe('sign-up', () => {
  it('stores the language the form sends, and English when it sends none', async () => {
    const spanish = await signUpAndConfirm(payload, ncal, 'Rosa Formulario', 'es')
    expect(await storedLanguage(spanish.id)).toBe('es')
    const english = await signUpAndConfirm(payload, ncal, 'Plain Form')
    expect(await storedLanguage(english.id)).toBe('en')
  })

  it('refuses a language the site does not have', async () => {
    const email = uniqueEmail()
    const response = await rest('/api/members/signup', {
      method: 'POST',
      body: { name: 'Pierre', email, password: 'Member-pass-2026', region: ncal, preferredLanguage: 'fr' },
      headers: freshIp(),
    })
    expect(response.status).toBe(400)
    expect(response.json.fields).toHaveProperty('preferredLanguage')
    expect((await payload.count({ collection: 'members', where: { email: { equals: email } } })).totalDocs).toBe(0)
  })
})
