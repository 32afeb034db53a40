import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import { expect, type Page, test } from '@playwright/test'

import { loginToAdmin } from './helpers/admin'
import { VIEWPORTS } from './helpers/routes'

const run = promisify(execFile)

const SCAL_ONLY = 'California retention bonuses: up to $1,500 for eligible workers'
const NCAL_ONLY = 'Northern California: 2021 PSP paid on performance goals'

test.describe('a member on a phone', () => {
  test.use({ viewport: VIEWPORTS.phone, hasTouch: true })

  test('picks Southern California, reads an article, searches and finds a feed', async ({ page, request }) => {
    await page.goto('/')
    await page.getByLabel('Your region').selectOption('scal')
    await page.getByRole('button', { name: 'Set' }).click()
    await expect(page.getByText('Showing: Southern California + coalition-wide')).toBeVisible()

    await page.goto('/news')
    await expect(page.getByRole('link', { name: SCAL_ONLY })).toBeVisible()
    await expect(page.getByRole('link', { name: NCAL_ONLY })).toHaveCount(0)

    await page.getByRole('link', { name: SCAL_ONLY }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SCAL_ONLY)

    await page.goto('/search?q=retention+bonus')
    await expect(page.getByRole('link', { name: SCAL_ONLY })).toBeVisible()
    await expect(page.locator('mark').first()).toBeVisible()

    const feedHref = await page.goto('/regions/scal').then(() => page.locator('a[href$="feed.xml"]').first().getAttribute('href'))
    expect(feedHref).toBeTruthy()
    const feed = await request.get(feedHref!)
    expect(feed.headers()['content-type']).toContain('rss')
    expect(await feed.text()).toContain(SCAL_ONLY)
  })
})

async function waitForText(page: Page, path: string, text: string, timeoutMs: number) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    await page.goto(path)
    if ((await page.getByText(text).count()) > 0) return Date.now() - started
    await page.waitForTimeout(500)
  }
  throw new Error(`"${text}" did not appear on ${path} within ${timeoutMs} ms`)
}

test('staff publish in the admin and the post shows on /, /news and a region page without a restart', async ({ page, browser }) => {
  const title = `Fresh from the admin ${Date.now()}`
  await loginToAdmin(page, 'communications')
  await page.goto('/admin/collections/announcements/create')
  await page.getByLabel('Title').fill(title)
  await page.getByRole('button', { name: /Publish changes/ }).click()
  await expect(page.getByText(/successfully/i).first()).toBeVisible()

  const reader = await browser.newPage()
  for (const path of ['/', '/news', '/regions/ncal']) {
    const tookMs = await waitForText(reader, path, title, 10_000)
    console.log(`${path}: visible ${tookMs} ms after publishing`)
  }
})

test('a scheduled post appears by itself', async ({ page }) => {
  const title = `Scheduled by itself ${Date.now()}`
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'tests/e2e/helpers/schedule-post.ts', '3', title], { env: process.env })
  expect(stdout.trim().split('\n').at(-1)).toMatch(/^scheduled-by-itself/)
  await page.goto('/news')
  await expect(page.getByText(title)).toHaveCount(0)
  const tookMs = await waitForText(page, '/news', title, 30_000)
  console.log(`scheduled post visible ${tookMs} ms after scheduling (due after 3000 ms)`)
})
