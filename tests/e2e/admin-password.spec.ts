import { expect, type APIRequestContext, type Page, test } from '@playwright/test'

import { demo } from './helpers/admin'

// Staff change their own password in the admin only with the current one (a stolen session alone cannot).
const password = 'Staff-pass-2026!'

async function newStaffMember(request: APIRequestContext) {
  const admin = demo('admin')
  const login = await request.post('/api/users/login', { data: { email: admin.email, password: admin.password } })
  const { token } = (await login.json()) as { token: string }
  const email = `pw.${Date.now()}@coalition.test`
  const created = await request.post('/api/users', {
    headers: { authorization: `JWT ${token}` },
    data: { email, password, name: 'Password Tester', role: 'communications' },
  })
  expect(created.status()).toBe(201)
  return email
}

async function signIn(page: Page, email: string) {
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).not.toHaveURL(/\/admin\/login/)
}

const canSignIn = async (request: APIRequestContext, email: string, secret: string) =>
  (await request.post('/api/users/login', { data: { email, password: secret } })).status() === 200

test('a staff member changes their password in the admin only with the current one', async ({ page, request }) => {
  const email = await newStaffMember(request)
  await signIn(page, email)
  await page.goto('/admin/account')

  // Without a new password the field is not there, and other edits save as before.
  await expect(page.getByLabel('Current password')).toHaveCount(0)
  await page.getByRole('button', { name: 'Change Password' }).click()
  await page.getByLabel('New Password').fill('Brand-new-2026!')
  await page.getByLabel('Confirm Password').fill('Brand-new-2026!')
  const current = page.getByLabel('Current password')
  await expect(current).toBeVisible()

  // A wrong current password: the server refuses and says why; the password stays as it was.
  await current.fill('not-my-password')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(/enter your current password/i).first()).toBeVisible()
  expect(await canSignIn(request, email, 'Brand-new-2026!')).toBe(false)

  await current.fill(password)
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Updated successfully.').first()).toBeVisible()
  expect(await canSignIn(request, email, 'Brand-new-2026!')).toBe(true)
  expect(await canSignIn(request, email, password)).toBe(false)
})
