// The pages the links in alerts and digests open, without signing in (app/(members)/[lang]/email):
// unsubscribe with its one button, the preferences page, and a link that cannot be used. Tokens are
// signed here as the e-mails sign them (PAYLOAD_SECRET from scripts/test.ts, the server's own).
import { type APIRequestContext, expect, type Page, test } from '@playwright/test'

import { signEmailToken, type TokenScope } from '../../lib/email/links/emailToken'
import { en } from '../../lib/i18n/messages/en'
import { es } from '../../lib/i18n/messages/es'
import { DEMO_MEMBER_PASSWORD } from '../../scripts/seed/members'

import { demo } from './helpers/admin'
import { expectNoAxeViolations } from './helpers/axe'
import { VIEWPORTS } from './helpers/routes'

test.use({ viewport: VIEWPORTS.phone, hasTouch: true })

const MARIA = 'maria.member@coalition.test'
const JAMES = 'james.member@coalition.test'
type Choices = { bargaining: boolean; actions: boolean; digest: boolean }

/** A seeded member's id, asked of the API as the demo admin. */
async function memberId(request: APIRequestContext, email: string): Promise<number> {
  const admin = demo('admin')
  const login = await request.post('/api/users/login', { data: { email: admin.email, password: admin.password } })
  const { token } = (await login.json()) as { token: string }
  const found = await request.get(`/api/members?where[email][equals]=${encodeURIComponent(email)}&depth=0`, { headers: { authorization: `JWT ${token}` } })
  return ((await found.json()) as { docs: Array<{ id: number }> }).docs[0]!.id
}

const query = (id: number, scope: TokenScope) => `?t=${encodeURIComponent(signEmailToken(id, scope))}`

/** What the member gets now, as the preferences endpoint reads it. */
async function choicesOf(request: APIRequestContext, id: number): Promise<Choices> {
  const answer = await request.get(`/api/members/email-preferences${query(id, 'all')}`)
  return ((await answer.json()) as { preferences: Choices }).preferences
}

/** Starts a test from known choices (the database may have served an earlier run). */
async function setChoices(request: APIRequestContext, id: number, preferences: Choices) {
  const saved = await request.post('/api/members/email-preferences', { data: { token: signEmailToken(id, 'all'), preferences } })
  expect(saved.status()).toBe(200)
}

async function expectNoindex(page: Page) {
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
}

test('Maria unsubscribes from the weekly digest in Spanish with one button, then turns it back on', async ({ page, request }) => {
  const maria = await memberId(request, MARIA)
  await setChoices(request, maria, { bargaining: true, actions: false, digest: true })
  const main = page.locator('main')

  const opened = await page.goto(`/es/email/unsubscribe${query(maria, 'digest')}`)
  // A personal address: no copy kept by the browser or a proxy.
  expect(opened?.headers()['cache-control']).toMatch(/no-store/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'es-US')
  await expectNoindex(page)
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(es.emailPages.unsubscribeTitle)
  await expect(main.getByText(es.emailPages.askDigest)).toBeVisible()
  await expect(main.getByRole('button')).toHaveCount(1)
  await expectNoAxeViolations(page)
  // Opening the page (as a mail scanner does) stops nothing.
  expect(await choicesOf(request, maria)).toEqual({ bargaining: true, actions: false, digest: true })

  await main.getByRole('button', { name: es.emailPages.unsubscribe }).click()
  const outcome = main.getByRole('status')
  await expect(outcome).toHaveText(es.emailPages.offDigest)
  await expect(outcome).toBeFocused()
  await expect(main.getByRole('button')).toHaveCount(0)
  expect(await choicesOf(request, maria)).toEqual({ bargaining: true, actions: false, digest: false })

  await main.getByRole('link', { name: es.emailPages.manageChoices }).click()
  await expect(page).toHaveURL(/\/es\/email\/preferences\?t=/)
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(es.emailPages.preferencesTitle)
  await expect(main.getByLabel(es.members.emailBargaining)).toBeChecked()
  await expect(main.getByLabel(es.members.emailActions)).not.toBeChecked()
  await expect(main.getByLabel(es.members.emailDigest)).not.toBeChecked()
  await expectNoAxeViolations(page)

  await main.getByLabel(es.members.emailDigest).check()
  await main.getByRole('button', { name: es.emailPages.saveChoices }).click()
  await expect(main.getByRole('status')).toHaveText(es.emailPages.saved)
  await expect(main.getByRole('status')).toBeFocused()
  expect(await choicesOf(request, maria)).toEqual({ bargaining: true, actions: false, digest: true })
})

test('James turns every e-mail off on the preferences page; an unsubscribe link then has nothing left to stop', async ({ page, request }) => {
  const james = await memberId(request, JAMES)
  await setChoices(request, james, { bargaining: false, actions: false, digest: true })
  const main = page.locator('main')

  await page.goto(`/email/preferences${query(james, 'all')}`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US')
  await expectNoindex(page)
  await expect(main.getByText(en.members.emailNoneHint)).toBeVisible()
  await main.getByLabel(en.members.emailDigest).uncheck()
  await main.getByRole('button', { name: en.emailPages.saveChoices }).click()
  await expect(main.getByRole('status')).toHaveText(en.emailPages.savedNone)
  expect(await choicesOf(request, james)).toEqual({ bargaining: false, actions: false, digest: false })

  await page.goto(`/email/unsubscribe${query(james, 'digest')}`)
  await expect(main.getByText(en.emailPages.offDigest)).toBeVisible()
  await expect(main.getByRole('button')).toHaveCount(0)
  await expect(main.getByRole('link', { name: en.emailPages.manageChoices })).toBeVisible()
})

test('a changed or expired link gets a page that says so, and the way to sign in instead', async ({ page, request }) => {
  const maria = await memberId(request, MARIA)
  const main = page.locator('main')
  const token = signEmailToken(maria, 'all')
  const forged = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`

  await page.goto(`/email/preferences?t=${encodeURIComponent(forged)}`)
  await expectNoindex(page)
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(en.emailPages.invalidTitle)
  await expect(main.getByText(en.emailPages.invalidText)).toBeVisible()
  await expect(main.getByRole('link', { name: en.emailPages.signInToManage })).toHaveAttribute('href', '/signin?next=%2Faccount')
  await expect(main.getByRole('button')).toHaveCount(0)
  await expectNoAxeViolations(page)

  const year = 365 * 24 * 60 * 60 * 1000
  await page.goto(`/es/email/unsubscribe?t=${encodeURIComponent(signEmailToken(maria, 'digest', Date.now() - year - 60_000))}`)
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(es.emailPages.expiredTitle)
  await expect(main.getByRole('link', { name: es.emailPages.signInToManage })).toHaveAttribute('href', '/es/signin?next=%2Fes%2Faccount')

  await page.goto('/es/email/unsubscribe')
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(es.emailPages.invalidTitle)
})

test('sign-up offers the three choices ticked, and /account shows and saves what the member chose', async ({ page, request }) => {
  const main = page.locator('main')
  await page.goto('/es/signup')
  for (const label of [es.members.emailBargaining, es.members.emailActions, es.members.emailDigest]) await expect(main.getByLabel(label)).toBeChecked()
  await expect(main.getByText(es.members.emailNoneHint)).toBeVisible()

  const james = await memberId(request, JAMES)
  await setChoices(request, james, { bargaining: false, actions: false, digest: true })
  expect((await page.request.post('/api/members/login', { data: { email: JAMES, password: DEMO_MEMBER_PASSWORD } })).status()).toBe(200)
  await page.goto('/account')
  await expect(main.getByLabel(en.members.emailBargaining)).not.toBeChecked()
  await expect(main.getByLabel(en.members.emailDigest)).toBeChecked()
  await main.getByLabel(en.members.emailBargaining).check()
  await Promise.all([page.waitForEvent('load'), main.getByRole('button', { name: en.members.save }).click()])
  await expect(main.getByLabel(en.members.emailBargaining)).toBeChecked()
  expect(await choicesOf(request, james)).toEqual({ bargaining: true, actions: false, digest: true })
})
