import { expect, test } from '@playwright/test'

import { DEMO_STAFF } from '../../scripts/seed/staff'

const admin = DEMO_STAFF.find((person) => person.role === 'admin')!

test('the seeded admin logs in, creates a region and sees it saved', async ({ page }) => {
  await page.goto('/admin')
  await page.getByLabel('Email').fill(admin.email)
  await page.getByLabel('Password').fill(admin.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page.getByText('Regions').first()).toBeVisible()

  const code = `e2e${Date.now().toString(36).slice(-6)}`
  await page.goto('/admin/collections/regions/create')
  await page.getByLabel('Name').fill(`E2E Region ${code}`)
  await page.getByLabel('Code').fill(code)
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(/successfully/i)).toBeVisible()

  await page.goto('/admin/collections/regions')
  await expect(page.getByRole('link', { name: `E2E Region ${code}` })).toBeVisible()
})
