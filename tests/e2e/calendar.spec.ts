import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import { expect, type Page, test } from '@playwright/test'

import { dayIn, gridDays } from '../../lib/editorial/calendarGrid'
import { loginToAdmin, screenshotPath } from './helpers/admin'

const run = promisify(execFile)
const DAY = 24 * 60 * 60 * 1000
const ZONE = 'America/New_York'

// The viewer's browser is in New York; the server and the job's waitUntil are UTC.
test.use({ viewport: { width: 1400, height: 1000 }, timezoneId: ZONE })

const weekStart = (day: string) => gridDays('week', day)[0]!
const shownDate = (page: Page) => new URL(page.url()).searchParams.get('date')!

/** Clicks Next until the view's date is in the period of `target` (weeks or months). */
async function goTo(page: Page, view: 'week' | 'month', target: string) {
  const steps =
    view === 'week'
      ? Math.round((Date.parse(weekStart(target)) - Date.parse(weekStart(shownDate(page)))) / (7 * DAY))
      : (Number(target.slice(0, 4)) - Number(shownDate(page).slice(0, 4))) * 12 + Number(target.slice(5, 7)) - Number(shownDate(page).slice(5, 7))
  expect(steps).toBeGreaterThanOrEqual(0)
  for (let step = 0; step < steps; step++) {
    const before = page.url()
    await page.getByRole('link', { name: `Next ${view}` }).click()
    await expect(page).not.toHaveURL(before)
  }
}

test('communications staff find a scheduled item in the calendar, by week and by month, and open it', async ({ page }) => {
  // Nine days out, away from midnight in New York so the expected day cannot slip.
  let due = Date.now() + 9 * DAY
  const hour = Number(new Intl.DateTimeFormat('en-US', { timeZone: ZONE, hour: 'numeric', hourCycle: 'h23' }).format(due))
  if (hour === 23 || hour === 0) due += 3 * 60 * 60 * 1000
  const seconds = Math.round((due - Date.now()) / 1000)
  const title = `Calendar e2e ${Date.now()}`
  await run(process.execPath, ['--import', 'tsx', 'tests/e2e/helpers/schedule-post.ts', String(seconds), title], { env: process.env })
  const dueDay = dayIn(new Date(due), ZONE)

  await loginToAdmin(page, 'communications')
  // A new session starts with the side nav closed.
  const menu = page.getByRole('button', { name: 'Open Menu' })
  if (await menu.isVisible()) await menu.click()
  await page.getByRole('link', { name: 'Calendar', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible()
  await expect(page.getByRole('table')).toBeVisible()

  await page.getByRole('link', { name: 'Week', exact: true }).click()
  await expect(page).toHaveURL(/view=week/)
  await goTo(page, 'week', dueDay)
  const weekCell = page.locator(`td[data-day="${dueDay}"]`)
  await expect(weekCell.getByRole('link', { name: title })).toBeVisible()
  await expect(weekCell.getByRole('listitem').filter({ hasText: title })).toContainText(/publish/)
  // Only that day holds it.
  await expect(page.getByRole('link', { name: title })).toHaveCount(1)
  await page.screenshot({ path: screenshotPath('admin-calendar-week'), fullPage: true })

  await page.getByRole('link', { name: 'Month', exact: true }).click()
  await expect(page).toHaveURL(/view=month/)
  await goTo(page, 'month', dueDay)
  const monthCell = page.locator(`td[data-day="${dueDay}"]`)
  await expect(monthCell.getByRole('link', { name: title })).toBeVisible()
  await page.screenshot({ path: screenshotPath('admin-calendar-month'), fullPage: true })

  await monthCell.getByRole('link', { name: title }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/announcements\/\d+$/)
  await expect(page.getByRole('heading', { name: title })).toBeVisible()
})
