import { expect, test } from '@playwright/test'

import { expectNoAxeViolations } from './helpers/axe'
import { PUBLIC_ROUTES, VIEWPORTS } from './helpers/routes'

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(`axe at ${name} width`, () => {
    test.use({ viewport })
    for (const route of PUBLIC_ROUTES) {
      test(`${route} has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.goto(route)
        await expect(page.locator('main')).toBeVisible()
        await expectNoAxeViolations(page)
      })
    }
  })
}

test('a keyboard user can skip to the content', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: /skip to/i })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main/)
})
