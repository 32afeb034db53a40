import { expect, test } from '@playwright/test'

import { screenshotPath } from './helpers/admin'
import { ARTICLE, CAMPAIGN, MEMBERS_ONLY_ARTICLE, VIEWPORTS } from './helpers/routes'

const PAGES = { home: '/', article: ARTICLE, 'members-only': MEMBERS_ONLY_ARTICLE, bargaining: '/bargaining', campaign: CAMPAIGN }

// Artifacts for people to look at (tests/artifacts/screens, not committed); the checks keep them honest.
for (const [size, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(`${size} screenshots`, () => {
    test.use({ viewport })
    for (const [name, route] of Object.entries(PAGES)) {
      test(`${name} renders without horizontal scrolling`, async ({ page }) => {
        await page.goto(route)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        expect(overflow).toBeLessThanOrEqual(0)
        await page.screenshot({ path: screenshotPath(`${name}-${viewport.width}`), fullPage: true })
      })
    }
  })
}
