// Members-only content on the public site: listed with a lock, the article asks visitors to sign in
// and sends them back, a signed-in member reads it, and the cached public page never holds the body.
import fs from 'node:fs'
import path from 'node:path'

import { expect, type APIRequestContext, request as playwrightRequest, test } from '@playwright/test'

import { lexical } from '../../scripts/seed/lexical'
import { demo } from './helpers/admin'
import { expectNoAxeViolations } from './helpers/axe'
import { confirmedMember } from './helpers/members'
import { VIEWPORTS } from './helpers/routes'

test.use({ viewport: VIEWPORTS.phone, hasTouch: true })

const stamp = Date.now()
const TITLE = `Strike vote logistics for members ${stamp}`
const SUMMARY = 'Where and when to vote, for members of the coalition’s unions.'
const SECRET = `Polling stations open at 6 a.m. in the staff cafeteria (${stamp}).`

async function api(baseURL: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL })
}

async function publishMembersOnlyArticle(baseURL: string, title = TITLE): Promise<string> {
  const staff = await api(baseURL)
  const person = demo('communications')
  const login = await staff.post('/api/users/login', { data: { email: person.email, password: person.password } })
  expect(login.ok()).toBe(true)
  // A header token: Payload ignores a session cookie on requests without a browser Origin (CSRF rule).
  const { token } = (await login.json()) as { token: string }
  const created = await staff.post('/api/announcements', {
    headers: { authorization: `JWT ${token}` },
    data: { title, summary: SUMMARY, body: lexical([SECRET]), audience: 'members', topics: ['bargaining'], _status: 'published' },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { slug: string } }
  await staff.dispose()
  return doc.slug
}


test('members-only news is locked for visitors, readable after signing in, and never cached with its body', async ({ page, browser, baseURL }) => {
  const slug = await publishMembersOnlyArticle(baseURL!)
  const path = `/news/${slug}`
  const main = page.locator('main')

  // Listed to everyone, with the lock.
  await expect
    .poll(async () => {
      await page.goto('/news')
      return main.getByRole('listitem').filter({ hasText: TITLE }).count()
    }, { timeout: 15_000, intervals: [1000] })
    .toBe(1)
  await expect(main.getByRole('listitem').filter({ hasText: TITLE }).getByText('Members only')).toBeVisible()

  // The article shows its title and summary and asks visitors to sign in; the body is not in the page.
  await page.goto(path)
  await expect(main.getByRole('heading', { level: 1, name: TITLE })).toBeVisible()
  await expect(main.getByRole('heading', { name: 'Sign in to read the full update' })).toBeVisible()
  expect(await page.content()).not.toContain(SECRET)
  await expectNoAxeViolations(page)

  // Feeds carry the teaser only.
  const feed = await (await page.request.get('/news/feed.xml')).text()
  expect(feed).toContain(`${TITLE} (members only)`)
  expect(feed).not.toContain(SECRET)

  // Sign in from the prompt and land back on the article, now with its body.
  const email = `reader-${stamp}@example.org`
  const password = 'Reader-pass-2026'
  await confirmedMember(baseURL!, email, password)
  await main.getByRole('link', { name: 'Sign in' }).click()
  const passwordForm = main.locator('form').filter({ has: page.getByRole('button', { name: 'Sign in' }) })
  await passwordForm.getByLabel('E-mail', { exact: true }).fill(email)
  await passwordForm.getByLabel('Password', { exact: true }).fill(password)
  await passwordForm.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(new RegExp(`${path}$`))
  await expect(main.getByText(SECRET)).toBeVisible()
  await expect(main.getByRole('heading', { name: 'Sign in to read the full update' })).toHaveCount(0)

  // A visitor who comes after the member still gets the locked page: the member's view was not cached.
  const visitor = await browser.newPage()
  await visitor.goto(path)
  await expect(visitor.getByRole('heading', { name: 'Sign in to read the full update' })).toBeVisible()
  expect(await visitor.content()).not.toContain(SECRET)
  await visitor.close()

  // Nothing the server keeps for everyone holds the body or the member: the page and data caches on disk.
  for (const file of cachedFiles()) {
    const bytes = fs.readFileSync(file, 'latin1')
    expect(bytes.includes(SECRET), `${file} holds the members-only body`).toBe(false)
    expect(bytes.includes(email), `${file} holds the member's e-mail`).toBe(false)
  }
})

/** Every file of Next's shared caches: prerendered and revalidated pages, and the data cache. */
function cachedFiles(): string[] {
  const roots = ['.next/server/app', '.next/cache/fetch-cache'].filter((root) => fs.existsSync(root))
  const files = roots.flatMap((root) => fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).map((name) => path.join(root, name)))
  const found = files.filter((file) => fs.statSync(file).isFile() && !file.endsWith('.js') && !file.endsWith('.map'))
  // The data cache must exist (the public reads go through it), or this check proves nothing.
  expect(found.some((file) => file.startsWith('.next/cache/fetch-cache'))).toBe(true)
  return found
}

test('a signed-in member gets the body in place: no sign-in prompt while it loads, no reload, and back/forward keep it', async ({ page, baseURL }) => {
  const slug = await publishMembersOnlyArticle(baseURL!, `${TITLE} (read in place)`)
  const path = `/news/${slug}`
  const main = page.locator('main')
  const email = `inplace-${Date.now()}@example.org`
  await confirmedMember(baseURL!, email, 'Reader-pass-2026')
  const login = await page.request.post('/api/members/login', { data: { email, password: 'Reader-pass-2026' } })
  expect(login.status()).toBe(200)

  // Hold the member's piece back, to look at the page while it is on its way.
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/members-only/**', async (route) => {
    await held
    await route.continue()
  })
  const documents: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documents.push(request.url())
  })
  await page.goto(path)
  await expect(main.getByRole('status').filter({ hasText: 'Loading the members-only part' })).toBeVisible()
  await expect(main.getByRole('heading', { name: 'Sign in to read the full update' })).toBeHidden()
  release()
  await expect(main.getByText(SECRET)).toBeVisible()
  expect(documents).toEqual([`${baseURL}${path}`])
  await page.unroute('**/api/members-only/**')

  // Away and back: the body is there again, still without the prompt.
  await page.goto('/news')
  await page.goBack()
  await expect(page).toHaveURL(new RegExp(`${path}$`))
  await expect(main.getByText(SECRET)).toBeVisible()
  await expect(main.getByRole('heading', { name: 'Sign in to read the full update' })).toBeHidden()
  await page.goForward()
  await expect(page).toHaveURL(/\/news$/)
})
