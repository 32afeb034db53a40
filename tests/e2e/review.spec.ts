// Review before publish, as people live it: the seeded Northern California editor writes a draft and
// submits it for review in the admin (their region is not trusted, so they have no Publish button);
// communications staff see the count in the nav, open the review queue and approve; the public page
// shows the item, and the activity log shows both steps with who took them.
import { expect, test } from '@playwright/test'

import { slugify } from '../../lib/content/slugify'

import { demo, loginToAdmin, screenshotPath } from './helpers/admin'

test.use({ viewport: { width: 1280, height: 900 } })

test('a regional editor submits a draft for review; communications approve it from the queue; it goes live', async ({ page, browser }) => {
  test.setTimeout(120_000)
  const title = `Ward 4 staffing meeting moved ${Date.now()}`

  await loginToAdmin(page, 'regional')
  // "Create new" starts the item in the editor's region, and autosave gives it an address at once.
  await page.goto('/admin/collections/announcements/create')
  await expect(page).toHaveURL(/\/admin\/collections\/announcements\/\d+/, { timeout: 30_000 })
  const id = Number(/\/announcements\/(\d+)/.exec(page.url())![1])
  await expect(page.locator('#field-regions')).toContainText('Northern California')
  await page.getByLabel('Title').fill(title)
  // Autosave keeps the title before the item goes to review.
  await expect
    .poll(async () => page.evaluate(async (docId) => ((await (await fetch(`/api/announcements/${docId}?draft=true&depth=0`)).json()) as { title?: string }).title, id), { timeout: 20_000 })
    .toBe(title)
  await page.getByLabel('Summary').fill('The meeting moves to Thursday at 7 pm, in the main conference room.')
  await expect(page.getByRole('button', { name: /^Publish/ })).toHaveCount(0)
  await page.getByRole('button', { name: 'Submit for review' }).click()
  await page.getByRole('button', { name: 'Send for review' }).click()
  await expect(page.locator('.review-panel')).toContainText('Waiting for review', { timeout: 20_000 })
  await page.screenshot({ path: screenshotPath('review-submitted'), fullPage: true })

  const comms = await browser.newPage()
  await loginToAdmin(comms, 'communications')
  const navLink = comms.locator('#nav-review-queue')
  await expect(navLink).toContainText(/Review queue \(\d+\)/)
  const waiting = Number((await navLink.textContent())?.match(/\((\d+)\)/)?.[1])
  expect(waiting).toBeGreaterThanOrEqual(1)
  // The nav starts closed at this width: follow the link's address.
  await comms.goto((await navLink.getAttribute('href'))!)
  await expect(comms).toHaveURL(/\/admin\/review/)
  const row = comms.locator('tr', { hasText: title })
  await expect(row).toContainText('Northern California')
  await expect(row).toContainText('Demo NCAL Editor')
  await comms.screenshot({ path: screenshotPath('review-queue'), fullPage: true })
  await row.getByRole('button', { name: `Approve ${title}` }).click()
  await expect(comms.locator('tr', { hasText: title })).toHaveCount(0, { timeout: 20_000 })
  await expect(comms.locator('#nav-review-queue')).toContainText(`(${waiting - 1})`)

  const visitor = await browser.newPage()
  await visitor.goto(`/news/${slugify(title)}`)
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title)

  // Both steps are in the activity log, newest first, each with who took it.
  await comms.goto('/admin/collections/activity')
  const entries = comms.locator('tbody tr').filter({ hasText: title })
  await expect(entries.filter({ hasText: 'Submitted for review' }).first()).toContainText(demo('regional').name)
  await expect(entries.filter({ hasText: 'Approved' }).first()).toContainText(demo('communications').name)
  await comms.screenshot({ path: screenshotPath('admin-activity-review'), fullPage: true })
})
