import { expect, test } from '@playwright/test'

import { expectNoAxeViolations } from './helpers/axe'
import { confirmedMember } from './helpers/members'

// A member changes their password on /account, which asks for the current one.
test('a member changes their password on /account only with the current one', async ({ page, baseURL, request }) => {
  const email = `pw-member-${Date.now()}@example.org`
  const password = 'Member-pass-2026'
  await confirmedMember(baseURL!, email, password)
  const canSignIn = async (secret: string) => (await request.post('/api/members/login', { data: { email, password: secret } })).status() === 200

  await page.goto('/signin')
  const main = page.locator('main')
  const signIn = main.locator('form').filter({ has: page.getByRole('button', { name: 'Sign in' }) })
  await signIn.getByLabel('E-mail', { exact: true }).fill(email)
  await signIn.getByLabel('Password', { exact: true }).fill(password)
  await signIn.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/account/)

  const form = main.locator('form').filter({ has: page.getByRole('button', { name: 'Change password' }) })
  await form.getByLabel('Current password').fill('not-my-password')
  await form.getByLabel('New password', { exact: true }).fill('Night-shift-2026')
  await form.getByLabel('New password again').fill('Night-shift-2026')
  await form.getByRole('button', { name: 'Change password' }).click()
  await expect(form.getByLabel('Current password')).toHaveAttribute('aria-invalid', 'true')
  await expect(form.getByRole('status')).toContainText(/current password/i)
  await expectNoAxeViolations(page)
  expect(await canSignIn('Night-shift-2026')).toBe(false)

  await form.getByLabel('Current password').fill(password)
  await form.getByRole('button', { name: 'Change password' }).click()
  await expect(form.getByRole('status')).toContainText(/password is changed/i)
  expect(await canSignIn('Night-shift-2026')).toBe(true)
  expect(await canSignIn(password)).toBe(false)
  // This browser stays signed in.
  await page.reload()
  await expect(page).toHaveURL(/\/account/)
})
