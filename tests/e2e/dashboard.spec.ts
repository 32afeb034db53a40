import { execFile } from 'node:child_process'
import fs from 'node:fs'
import { promisify } from 'node:util'

import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'

import { demo, loginToAdmin, screenshotPath } from './helpers/admin'

const run = promisify(execFile)
type Titles = { ncalDraft: string; scalDraft: string; ncalScheduled: string; scalScheduled: string; submitted: string }
let titles: Titles

// A laptop-sized window: the dashboard's widgets sit two to a row.
test.use({ viewport: { width: 1400, height: 1000 } })

test.beforeAll(async () => {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'tests/e2e/helpers/dashboard-fixtures.ts'], { env: process.env })
  titles = JSON.parse(stdout.trim().split('\n').at(-1)!) as Titles
})

const widget = (page: Page, id: string) => page.locator(`[data-widget="${id}"]`)

/** The side nav's links (it starts closed in a new session). */
async function navLinks(page: Page) {
  const menu = page.getByRole('button', { name: 'Open Menu' })
  if (await menu.isVisible()) await menu.click()
  return page.locator('nav').getByRole('link').allTextContents()
}

/**
 * Axe on the dashboard: our widgets must be clean; Payload's own markup around them is reported (in
 * tests/artifacts/axe-admin-dashboard-<role>.json and the test's annotations), not failed on.
 */
async function checkAccessibility(page: Page, role: string) {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
  const ours = await new AxeBuilder({ page }).withTags(tags).include('.portal-widget').analyze()
  expect(ours.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
  const all = await new AxeBuilder({ page }).withTags(tags).exclude('.portal-widget').analyze()
  const payloads = all.violations.map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, nodes: violation.nodes.map((node) => node.target.join(' ')) }))
  fs.mkdirSync('tests/artifacts', { recursive: true })
  fs.writeFileSync(`tests/artifacts/axe-admin-dashboard-${role}.json`, JSON.stringify(payloads, null, 2))
  for (const violation of payloads) test.info().annotations.push({ type: 'payload-axe', description: `${violation.id} (${violation.impact}): ${violation.nodes.length} node(s)` })
}

test('the regional editor’s dashboard shows their region’s draft and schedule, nothing of another region, and no admin-only screens', async ({ page }) => {
  await loginToAdmin(page, 'regional')
  await page.goto('/admin')
  await expect(widget(page, 'region-drafts').getByRole('heading', { name: /Drafts in your regions/ })).toBeVisible()
  await expect(widget(page, 'region-drafts').getByRole('link', { name: titles.ncalDraft })).toBeVisible()
  await expect(widget(page, 'scheduled').getByRole('heading', { name: /Scheduled, next 14 days/ })).toBeVisible()
  await expect(widget(page, 'scheduled').getByRole('link', { name: titles.ncalScheduled })).toBeVisible()
  await expect(widget(page, 'my-reviews').getByRole('link', { name: titles.submitted })).toBeVisible()
  // Nothing of Southern California, anywhere on the page.
  await expect(page.getByText(titles.scalDraft)).toHaveCount(0)
  await expect(page.getByText(titles.scalScheduled)).toHaveCount(0)
  await expect(page.getByText('Southern California')).toHaveCount(0)

  const links = await navLinks(page)
  expect(links).toEqual(expect.arrayContaining(['Announcements', 'Media', 'Stories']))
  for (const hidden of ['Staff', 'Regions', 'Local unions', 'Site settings', 'Members', 'E-mail deliveries', 'WordPress imports']) expect(links, hidden).not.toContain(hidden)
  await page.screenshot({ path: screenshotPath('admin-dashboard-regional'), fullPage: true })
  await checkAccessibility(page, 'regional')

  // The item opens from the widget.
  await widget(page, 'region-drafts').getByRole('link', { name: titles.ncalDraft }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/announcements\/\d+/)
  await expect(page.getByRole('textbox', { name: /Title/ })).toHaveValue(titles.ncalDraft)

  // Hidden screens are gone for them, their own account is not.
  const staffList = await page.goto('/admin/collections/users')
  expect(staffList?.status()).toBe(404)
  await page.goto('/admin/account')
  await expect(page.getByRole('textbox', { name: /Email/ })).toHaveValue(demo('regional').email)
})

test('communications staff see the review queue count by region and what goes live this week', async ({ page }) => {
  await loginToAdmin(page, 'communications')
  await page.goto('/admin')
  const queue = widget(page, 'review-queue')
  await expect(queue.getByRole('heading', { name: /Review queue/ })).toBeVisible()
  const total = Number(await queue.locator('.portal-widget__title .portal-widget__count').textContent())
  expect(total).toBeGreaterThanOrEqual(1)
  // The same count as the nav's "Review queue (n)".
  await navLinks(page)
  await expect(page.locator('#nav-review-queue')).toContainText(`(${total})`)
  await expect(queue.locator('tr[data-region-count="Northern California"] td')).toHaveText(/^[1-9]\d*$/)
  await expect(widget(page, 'scheduled').getByRole('heading', { name: /Scheduled, next 7 days/ })).toBeVisible()
  await expect(widget(page, 'scheduled').getByRole('link', { name: titles.ncalScheduled })).toBeVisible()
  await expect(widget(page, 'scheduled').getByRole('link', { name: titles.scalScheduled })).toBeVisible()
  await expect(widget(page, 'failed-schedules')).toBeVisible()
  await expect(widget(page, 'week-engagement').getByRole('heading', { name: /New signatures, last 7 days/ })).toBeVisible()
  await expect(widget(page, 'staff-changes')).toHaveCount(0)
  await page.screenshot({ path: screenshotPath('admin-dashboard-communications'), fullPage: true })
  await checkAccessibility(page, 'communications')
})

test('admins also see recent staff changes', async ({ page }) => {
  await loginToAdmin(page, 'admin')
  await page.goto('/admin')
  await expect(widget(page, 'review-queue')).toBeVisible()
  await expect(widget(page, 'staff-changes').getByRole('heading', { name: 'Staff changes' })).toBeVisible()
  const links = await navLinks(page)
  expect(links).toEqual(expect.arrayContaining(['Staff', 'Regions', 'Site settings']))
  await page.screenshot({ path: screenshotPath('admin-dashboard-admin'), fullPage: true })
  await checkAccessibility(page, 'admin')
})
