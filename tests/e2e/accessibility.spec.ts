import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { PUBLIC_ROUTES, VIEWPORTS } from './helpers/routes'

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(`axe at ${name} width`, () => {
    test.use({ viewport })
    for (const route of PUBLIC_ROUTES) {
      test(`${route} has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.goto(route)
        await expect(page.locator('main')).toBeVisible()
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
        const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
        expect(summary).toEqual([])
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
