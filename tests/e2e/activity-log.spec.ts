// The activity log as staff use it: communications publish in the admin, then find the entry (who,
// what, which document) in Editorial → Activity log; an entry opens read-only, with nothing to delete.
import { expect, test } from '@playwright/test'

import { demo, loginToAdmin, screenshotPath } from './helpers/admin'

test.use({ viewport: { width: 1280, height: 900 } })

test('a publish shows in the activity log with who and what; an entry cannot be edited or deleted', async ({ page }) => {
  const title = `Activity log check ${Date.now()}`
  await loginToAdmin(page, 'communications')
  await page.goto('/admin/collections/announcements/create')
  await page.getByLabel('Title').fill(title)
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/announcements\/\d+/)
  const id = /\/announcements\/(\d+)/.exec(page.url())![1]

  await page.goto('/admin')
  await page.getByRole('link', { name: 'Show all Activity log' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/activity/)
  const rows = page.locator('tbody tr').filter({ hasText: title })
  const published = rows.filter({ hasText: 'Published' }).first()
  await expect(published).toBeVisible()
  await expect(published).toContainText(demo('communications').name)
  await expect(published.getByRole('link', { name: new RegExp(title) })).toHaveAttribute('href', `/admin/collections/announcements/${id}`)
  await expect(page.getByRole('link', { name: /Create new/i })).toHaveCount(0)
  await page.screenshot({ path: screenshotPath('admin-activity-log'), fullPage: true })

  // The first column opens the entry itself: read-only, no save, no delete.
  await published.getByRole('link').first().click()
  await expect(page).toHaveURL(/\/admin\/collections\/activity\/\d+/)
  await expect(page.getByLabel('Who')).toHaveValue(demo('communications').name)
  await expect(page.getByLabel('Who')).toBeDisabled()
  await expect(page.getByRole('button', { name: /^Save$/ })).toHaveCount(0)
  // Payload puts Delete (and Duplicate) in the document's "more" menu only when the user may delete.
  await expect(page.locator('.doc-controls__popup')).toHaveCount(0)
  await expect(page.locator('.doc-controls').getByText(/Delete/)).toHaveCount(0)
  await page.screenshot({ path: screenshotPath('admin-activity-entry'), fullPage: true })
})
