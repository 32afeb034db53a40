import { expect, test } from '@playwright/test'

import { loginToAdmin, screenshotPath } from './helpers/admin'

test.use({ viewport: { width: 1280, height: 900 } })

test('a regional editor’s list shows their region’s items, drafts included, and not coalition-wide ones', async ({ page }) => {
  await loginToAdmin(page, 'regional')
  await page.goto('/admin/collections/announcements')
  await expect(page.getByRole('link', { name: /Northern California: 2021 PSP paid on performance goals/ })).toBeVisible()
  await expect(page.getByRole('link', { name: /steward training/i })).toBeVisible()
  await expect(page.getByRole('link', { name: /bigger 2021 bonus/ })).toHaveCount(0)
  await expect(page.getByRole('link', { name: /California retention bonuses/ })).toHaveCount(0)
  await page.screenshot({ path: screenshotPath('admin-regional-list'), fullPage: true })
})

// Northern California is not a trusted region: its editor submits for review, and communications
// staff hold the schedule drawer (the seeded draft was approved for three days out).
test('the scheduled draft shows its publish time in the schedule drawer', async ({ page }) => {
  await loginToAdmin(page, 'communications')
  await page.goto('/admin/collections/announcements')
  await page.getByRole('link', { name: /steward training/i }).click()
  await expect(page.getByRole('heading', { name: /steward training/i })).toBeVisible()
  // The publish button's menu holds "Schedule Publish"; its drawer lists upcoming events.
  // (The header's first popup is now the locale picker: the publish button's menu is in <main>.)
  await page.locator('main .popup-button').first().click()
  await page.getByText('Schedule Publish').click()
  const drawer = page.locator('.schedule-publish')
  await expect(drawer.getByText(/Upcoming Events/i).first()).toBeVisible()
  await expect(drawer.getByText('No upcoming events scheduled.')).toHaveCount(0)
  // The seeded schedule is three days out; the drawer lists it with its date.
  const due = new Date(Date.now() + 3 * 24 * 3600 * 1000).toLocaleDateString('en-US', { month: 'long' })
  await expect(drawer.getByText(new RegExp(due)).first()).toBeVisible()
  await page.screenshot({ path: screenshotPath('admin-scheduled-draft'), fullPage: true })
})
