// The way in and out, as a member on a phone or a desktop uses it: Sign in from the header, the
// member's name in the header, Sign out, and the back button after it. The public pages stay static.
import { expect, type APIRequestContext, type BrowserContext, type Page, test } from '@playwright/test'

import { DEMO_MEMBER_PASSWORD, DEMO_MEMBERS } from '../../scripts/seed/members'
import config from '../../playwright.config'
import { expectNoAxeViolations } from './helpers/axe'
import { VIEWPORTS } from './helpers/routes'

const [MARIA, JAMES] = DEMO_MEMBERS as [(typeof DEMO_MEMBERS)[number], (typeof DEMO_MEMBERS)[number]]
const SITE_COOKIES = ['payload-token', 'signed-in', 'region']

// Playwright turns Chromium's back/forward cache off by default; a member's browser has it on, and it
// is what could bring a signed-in page back after sign-out.
// A page restored from that cache fires no load event, so Back waits for the commit only.
test.use({ launchOptions: { ...config.use?.launchOptions, ignoreDefaultArgs: ['--disable-back-forward-cache'] } })

const accountNav = (page: Page) => page.getByRole('navigation', { name: 'Account' })

async function siteCookies(context: BrowserContext): Promise<string[]> {
  return (await context.cookies()).map((cookie) => cookie.name).filter((name) => SITE_COOKIES.includes(name))
}

async function sessionToken(context: BrowserContext): Promise<string> {
  const token = (await context.cookies()).find((cookie) => cookie.name === 'payload-token')?.value
  expect(token, 'a session cookie').toBeTruthy()
  return token!
}

/** Whether the server still accepts this token, sent as an API client would (Authorization header). */
async function tokenAccepted(request: APIRequestContext, token: string): Promise<boolean> {
  const response = await request.get('/api/members/me', { headers: { authorization: `JWT ${token}` } })
  return Boolean(((await response.json()) as { user: unknown }).user)
}

async function signInWithPassword(page: Page, email: string) {
  const form = page.locator('main form').filter({ has: page.getByRole('button', { name: 'Sign in' }) })
  await form.getByLabel('E-mail', { exact: true }).fill(email)
  await form.getByLabel('Password', { exact: true }).fill(DEMO_MEMBER_PASSWORD)
  await form.getByRole('button', { name: 'Sign in' }).click()
}

test('the browser under test restores pages from its back/forward cache, as members’ browsers do', async ({ page }) => {
  await page.goto('/about')
  await page.evaluate(() => Object.assign(window, { stillHere: true }))
  await page.goto('/contact')
  await page.goBack({ waitUntil: 'commit' })
  await expect(page).toHaveURL(/\/about$/)
  expect(await page.evaluate(() => 'stillHere' in window)).toBe(true)
})

for (const [size, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(`on a ${size}`, () => {
    test.use({ viewport, hasTouch: size === 'phone' })

    test('a visitor signs in from the header, sees their name, signs out, and Back does not bring the account page back', async ({ page, context }) => {
      const sessionRequests: string[] = []
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === '/api/members/session') sessionRequests.push(request.url())
      })

      // A visitor: Sign in / Join, no question to the server, and the header passes axe.
      await page.goto('/news')
      await expect(accountNav(page).getByRole('link', { name: 'Sign in' })).toBeVisible()
      await expect(accountNav(page).getByRole('link', { name: 'Join' })).toHaveAttribute('href', '/signup')
      await expectNoAxeViolations(page)
      await page.goto('/')
      await expect(accountNav(page).getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/signin?next=%2F')
      await page.waitForLoadState('networkidle')
      expect(sessionRequests).toEqual([])

      // Sign in from the header and come back to the page, now greeted by first name.
      await page.goto('/news')
      await accountNav(page).getByRole('link', { name: 'Sign in' }).click()
      await expect(page).toHaveURL(/\/signin\?next=%2Fnews$/)
      await signInWithPassword(page, MARIA.email)
      await expect(page).toHaveURL(/\/news$/)
      await expect(accountNav(page).getByText('Maria', { exact: true })).toBeVisible()
      await expect(accountNav(page)).toContainText('Signed in as Maria')
      await expect(accountNav(page).getByRole('link', { name: 'Sign in' })).toHaveCount(0)
      await expect(accountNav(page).getByRole('button', { name: 'Sign out' })).toBeVisible()
      expect(sessionRequests.length).toBeGreaterThan(0)
      // Marks this very page, to tell below that Back restores it from the cache rather than reloading it.
      await page.evaluate(() => Object.assign(window, { readingNews: true }))
      // The signed-in header passes axe too.
      await expectNoAxeViolations(page)

      // The account page: personal, so never stored by the browser or anyone between.
      const [account] = await Promise.all([
        page.waitForResponse((response) => new URL(response.url()).pathname === '/account' && response.request().resourceType() === 'document'),
        accountNav(page).getByRole('link', { name: 'Account' }).click(),
      ])
      expect(account.status()).toBe(200)
      expect(account.headers()['cache-control']).toMatch(/no-store/)
      await expect(page.getByRole('heading', { level: 1, name: `Hello, ${MARIA.name}` })).toBeVisible()
      await expect(accountNav(page).getByRole('link', { name: 'Account' })).toHaveAttribute('aria-current', 'page')
      await expectNoAxeViolations(page)
      const token = await sessionToken(context)

      // Sign out from the header: home (the account page makes no sense signed out), cookies gone.
      await accountNav(page).getByRole('button', { name: 'Sign out' }).click()
      await expect(page).toHaveURL(/\/$/)
      await expect(accountNav(page).getByRole('link', { name: 'Sign in' })).toBeVisible()
      await expect(accountNav(page).getByText('Maria', { exact: true })).toHaveCount(0)
      expect(await siteCookies(context)).toEqual([])
      expect(await tokenAccepted(page.request, token)).toBe(false)

      // Back: the account page is not kept, so the browser asks the server, which sends a visitor to sign in.
      await page.goBack({ waitUntil: 'commit' })
      await expect(page).toHaveURL(/\/signin/)
      await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
      await expect(page.getByText(`Hello, ${MARIA.name}`)).toHaveCount(0)
      expect(await page.content()).not.toContain(MARIA.email)
      // Back again to the news page the member was reading, restored as it was from the back/forward
      // cache: its header notices the sign-out and no longer greets them.
      await page.goBack({ waitUntil: 'commit' })
      await expect(page).toHaveURL(/\/news$/)
      expect(await page.evaluate(() => 'readingNews' in window)).toBe(true)
      await expect(accountNav(page).getByRole('link', { name: 'Sign in' })).toBeVisible()
      await expect(accountNav(page).getByText('Maria', { exact: true })).toHaveCount(0)
    })
  })
}

test('the public pages answer a signed-in member from the same cache as a visitor', async ({ page, browser, context }) => {
  await page.goto('/signin?next=%2F')
  await signInWithPassword(page, MARIA.email)
  await expect(accountNav(page).getByText('Maria', { exact: true })).toBeVisible()
  const visitor = await browser.newContext()
  // The member's region cookie picks the region's static home page; give the visitor the same one.
  await visitor.addCookies([{ name: 'region', value: MARIA.region, url: page.url() }])
  for (const path of ['/', '/news']) {
    // What a browser sends for a page it navigates to (Payload reads the session cookie only then).
    const headers = { 'sec-fetch-site': 'same-origin' }
    const [member, anonymous] = await Promise.all([page.request.get(path, { headers }), visitor.request.get(path, { headers })])
    for (const response of [member, anonymous]) {
      expect(response.status()).toBe(200)
      expect(response.headers()['cache-control']).toMatch(/s-maxage=\d+/)
      expect(['HIT', 'STALE']).toContain(response.headers()['x-nextjs-cache'])
    }
    expect(member.headers()['cache-control']).toBe(anonymous.headers()['cache-control'])
    // The server's HTML is the visitor's: the name is filled in by the browser.
    expect(await member.text()).not.toContain('Signed in as')
  }
  await visitor.close()
  await accountNav(page).getByRole('button', { name: 'Sign out' }).click()
  expect(await siteCookies(context)).toEqual([])
})

test('without JavaScript, /account signs out — and Sign out everywhere ends the member’s other sessions', async ({ browser }) => {
  const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.phone })
  const other = await browser.newContext()
  for (const context of [noScript, other]) {
    const login = await context.request.post('/api/members/login', { data: { email: JAMES.email, password: DEMO_MEMBER_PASSWORD } })
    expect(login.status()).toBe(200)
  }
  const otherToken = await sessionToken(other)
  const page = await noScript.newPage()
  await page.goto('/account')
  const main = page.locator('main')
  await expect(main.getByRole('heading', { level: 1, name: `Hello, ${JAMES.name}` })).toBeVisible()

  await main.getByRole('button', { name: 'Sign out everywhere' }).click()
  await expect(page).toHaveURL(/\/$/)
  expect(await siteCookies(noScript)).toEqual([])
  await page.goto('/account')
  await expect(page).toHaveURL(/\/signin/)

  // The other browser's session ended too: its token is refused, its account page asks to sign in,
  // and its header forgets the member.
  expect(await tokenAccepted(other.request, otherToken)).toBe(false)
  const otherPage = await other.newPage()
  await otherPage.goto('/account')
  await expect(otherPage).toHaveURL(/\/signin/)
  await otherPage.goto('/')
  await expect(accountNav(otherPage).getByRole('link', { name: 'Sign in' })).toBeVisible()
  await expect.poll(async () => (await other.cookies()).some((cookie) => cookie.name === 'signed-in')).toBe(false)
  await Promise.all([noScript.close(), other.close()])
})
