import { expect, type Page } from '@playwright/test'

import { DEMO_STAFF } from '../../../scripts/seed/staff'
import type { StaffRole } from '../../../lib/auth/roles'

export function demo(role: StaffRole) {
  return DEMO_STAFF.find((person) => person.role === role)!
}

export async function loginToAdmin(page: Page, role: StaffRole) {
  const person = demo(role)
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(person.email)
  await page.getByLabel('Password').fill(person.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).not.toHaveURL(/\/admin\/login/)
}

export const screenshotPath = (name: string) => `tests/artifacts/screens/${name}.png`
