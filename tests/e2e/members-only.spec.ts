// Members-only content on the public site: listed with a lock, the article asks visitors to sign in
// and sends them back, a signed-in member reads it, and the cached public page never holds the body.
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

async function publishMembersOnlyArticle(baseURL: string): Promise<string> {
  const staff = await api(baseURL)
  const person = demo('communications')
  const login = await staff.post('/api/users/login', { data: { email: person.email, password: person.password } })
  expect(login.ok()).toBe(true)
  // A header token: Payload ignores a session cookie on requests without a browser Origin (CSRF rule).
  const { token } = (await login.json()) as { token: string }
  const created = await staff.post('/api/announcements', {
    headers: { authorization: `JWT ${token}` },
    data: { title: TITLE, summary: SUMMARY, body: lexical([SECRET]), audience: 'members', topics: ['bargaining'], _status: 'published' },
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
})
