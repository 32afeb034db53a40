// The member forms in their error state: every message sits next to its field, is announced with it,
// keeps what was typed, and the page still has no WCAG 2.2 AA violations.
import { expect, test } from '@playwright/test'

import { expectNoAxeViolations } from './helpers/axe'
import { CAMPAIGN, VIEWPORTS } from './helpers/routes'

test.use({ viewport: VIEWPORTS.phone, hasTouch: true })

test('sign-up errors are shown by their fields, keep what was typed, and stay accessible', async ({ page }) => {
  const main = page.locator('main')
  await page.goto('/signup')
  await main.getByLabel('Name', { exact: true }).fill('Rosa Member')
  await main.getByLabel('E-mail', { exact: true }).fill('not-an-address')
  await main.getByLabel('Password', { exact: true }).fill('short')
  await main.getByRole('button', { name: 'Sign up' }).click()

  const email = main.getByLabel('E-mail', { exact: true })
  await expect(email).toHaveAttribute('aria-invalid', 'true')
  await expect(email).toHaveAccessibleDescription(/valid e-mail/i)
  await expect(main.getByLabel('Password', { exact: true })).toHaveAccessibleDescription(/use at least 10 characters/i)
  await expect(main.getByLabel('Region', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  // Nothing typed is lost.
  await expect(main.getByLabel('Name', { exact: true })).toHaveValue('Rosa Member')
  await expect(email).toHaveValue('not-an-address')
  await expectNoAxeViolations(page)
})

test('the sign-in link form explains a bad address and stays accessible', async ({ page }) => {
  const main = page.locator('main')
  await page.goto('/signin')
  const linkForm = main.locator('form').filter({ has: page.getByRole('button', { name: 'Send me a link' }) })
  await linkForm.getByLabel('E-mail', { exact: true }).fill('nobody@')
  await linkForm.getByRole('button', { name: 'Send me a link' }).click()
  await expect(linkForm.getByLabel('E-mail', { exact: true })).toHaveAccessibleDescription(/valid e-mail/i)
  await expectNoAxeViolations(page)
})

test('the petition form names each missing field, keeps the comment, and stays accessible', async ({ page }) => {
  const main = page.locator('main')
  await page.goto(CAMPAIGN)
  await main.getByLabel(/comment/i).fill('Safe staffing saves lives.')
  await main.getByRole('button', { name: 'Sign', exact: true }).click()
  await expect(main.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  await expect(main.getByLabel('E-mail', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  await expect(main.getByLabel(/comment/i)).toHaveValue('Safe staffing saves lives.')
  await expectNoAxeViolations(page)
})
