import { expect, type Page, test } from '@playwright/test'

import { loginToAdmin } from './helpers/admin'
import { linkFromEmail } from './helpers/outbox'
import { CAMPAIGN, VIEWPORTS } from './helpers/routes'

test.use({ viewport: VIEWPORTS.phone, hasTouch: true })

async function signatureCount(page: Page): Promise<number> {
  const text = await page.getByText(/(people have|person has) signed/).textContent()
  return Number(text!.replace(/[^0-9]/g, ''))
}

test('a member signs up, confirms by e-mail, signs the open letter, shares a story that staff approve', async ({ page, browser }) => {
  const email = `member-${Date.now()}@example.org`
  const password = 'Member-pass-2026'

  // The header has its own region picker; the forms are in <main>.
  const main = page.locator('main')
  await page.goto('/signup')
  await main.getByLabel('Name', { exact: true }).fill('Rosa Member')
  await main.getByLabel('E-mail', { exact: true }).fill(email)
  await main.getByLabel('Password', { exact: true }).fill(password)
  await main.getByLabel('Region', { exact: true }).selectOption({ label: 'Southern California' })
  await main.getByRole('button', { name: 'Sign up' }).click()

  await page.goto(await linkFromEmail(email, '/api/members/confirm'))
  await expect(page).toHaveURL(/\/signin/)

  const passwordForm = main.locator('form').filter({ has: page.getByRole('button', { name: 'Sign in' }) })
  await passwordForm.getByLabel('E-mail', { exact: true }).fill(email)
  await passwordForm.getByLabel('Password', { exact: true }).fill(password)
  await passwordForm.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/account/)

  // Signed in, the member signs as themselves with one click (the shared page asks for their part).
  await page.goto(CAMPAIGN)
  const before = await signatureCount(page)
  await expect(main.getByText('Signing as Rosa Member.')).toBeVisible()
  await expect(main.getByLabel('E-mail', { exact: true })).toHaveCount(0)
  await main.getByRole('button', { name: 'Sign', exact: true }).click()
  await expect(page.getByText(new RegExp(`^${before + 1}\\s`))).toBeVisible()
  await expect(main.getByText(/You signed this on/)).toBeVisible()
  await expect(main.getByRole('button', { name: 'Sign', exact: true })).toHaveCount(0)
  // The cached page catches up with the database within the revalidation throttle (5 s), and still
  // tells this member they signed.
  await expect
    .poll(async () => {
      await page.reload()
      return signatureCount(page)
    }, { timeout: 15_000, intervals: [1000] })
    .toBe(before + 1)
  await expect(main.getByText(/You signed this on/)).toBeVisible()
  // One row in the database: the member's own signatures, as the member reads them.
  const stored = await page.request.get('/api/signatures?depth=0', { headers: { 'sec-fetch-site': 'same-origin' } })
  expect(((await stored.json()) as { totalDocs: number }).totalDocs).toBe(1)

  // Share a story: it waits for review, then a staff member approves it in the admin.
  const story = `On night shift our lab ran short of hands again (${Date.now()}).`
  const title = `Short-handed in the lab ${Date.now()}`
  await page.goto('/stories/new')
  await main.getByLabel('Title (optional)', { exact: true }).fill(title)
  await main.getByLabel('Your story', { exact: true }).fill(story)
  await main.getByLabel('Region', { exact: true }).selectOption({ label: 'Southern California' })
  await main.getByLabel('The coalition may publish my story (after review).').check()
  await main.getByRole('button', { name: 'Share my story' }).click()
  await expect(main.getByRole('status')).toContainText(/with our team/i)
  await page.goto('/stories')
  await expect(page.getByText(story)).toHaveCount(0)

  const staff = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await loginToAdmin(staff, 'communications')
  await staff.goto('/admin/collections/stories')
  await staff.getByRole('link', { name: title }).click()
  await staff.locator('#field-status').click()
  await staff.getByRole('option', { name: 'Approved' }).click()
  await staff.getByRole('button', { name: 'Save' }).click()
  await expect(staff.getByText(/successfully/i).first()).toBeVisible()

  await expect
    .poll(async () => {
      await page.goto('/stories')
      return page.getByText(story).count()
    }, { timeout: 15_000, intervals: [1000] })
    .toBe(1)
})

