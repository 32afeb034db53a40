// The admin is the coalition's own: every request it makes stays on the portal's origin (no CDN, no
// Gravatar, no Payload-hosted images), nothing is refused by the CSP, and what staff see is branded
// "Coalition Portal" (logo, header mark, nav, tab title, favicon), for each kind of staff.
import { expect, type BrowserContext, type Page, test } from '@playwright/test'

import { STAFF_ROLES } from '../../lib/auth/roles'
import { loginToAdmin, screenshotPath } from './helpers/admin'

/** Every request from the context's pages, frames and workers that leaves `origin`, and every CSP refusal logged. */
function watchOrigins(context: BrowserContext, origin: string) {
  const offOrigin: string[] = []
  const refusals: string[] = []
  context.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol === 'data:' || url.protocol === 'blob:') return
    if (url.origin !== origin) offOrigin.push(`${request.resourceType()} ${request.url()} (from ${request.frame().url()})`)
  })
  context.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) refusals.push(`${message.location().url}: ${message.text()}`)
  })
  return { offOrigin, refusals }
}

/** Load and let client code hydrate and fetch, so late requests are seen too. */
async function visit(page: Page, path: string) {
  await page.goto(path)
  await page.waitForLoadState('networkidle')
}

async function expectBrandedTab(page: Page, origin: string) {
  await expect(page).toHaveTitle(/\S · Coalition Portal$/)
  expect(await page.title()).not.toContain('Payload')
  const icons = await page.locator('link[rel="icon"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
  expect(icons.length).toBeGreaterThan(0)
  for (const href of icons) {
    const url = new URL(href, page.url())
    expect(url.origin).toBe(origin)
    expect(url.pathname).toMatch(/^\/brand\//)
  }
}

async function openNav(page: Page) {
  const toggler = page.getByRole('button', { name: 'Open Menu' })
  if (await toggler.isVisible()) await toggler.click()
  await expect(page.locator('.nav').getByText('Coalition Portal')).toBeVisible()
}

test.use({ viewport: { width: 1280, height: 800 } })

test('the watcher notices a request for another origin', async ({ page, context, baseURL }) => {
  const { offOrigin, refusals } = watchOrigins(context, new URL(baseURL!).origin)
  await visit(page, '/admin/login')
  await page.evaluate(() => {
    const probe = Object.assign(document.createElement('img'), { src: 'https://tracker.invalid/pixel.png', alt: '' })
    document.body.append(probe)
  })
  // Chromium still reports the request, and logs the CSP's refusal of it.
  await expect.poll(() => offOrigin.join('\n')).toContain('https://tracker.invalid/pixel.png')
  await expect.poll(() => refusals.join('\n')).toContain('https://tracker.invalid/pixel.png')
})

for (const role of STAFF_ROLES) {
  test(`${role} staff: the admin loads nothing from another origin and shows the portal's brand`, async ({ page, context, baseURL }) => {
    test.setTimeout(120_000)
    const origin = new URL(baseURL!).origin
    const { offOrigin, refusals } = watchOrigins(context, origin)

    // The login page: our logo (the name as text), not Payload's.
    await visit(page, '/admin/login')
    const brand = page.locator('.login__brand')
    await expect(brand.getByText('Coalition Portal', { exact: true })).toBeVisible()
    await expect(brand.locator('.portal-logo svg')).toBeVisible()
    await expect(page.locator('.graphic-logo')).toHaveCount(0)
    await expectBrandedTab(page, origin)
    if (role === 'admin') await page.screenshot({ path: screenshotPath('admin-login-brand'), animations: 'disabled' })

    await loginToAdmin(page, role)
    await page.waitForLoadState('networkidle')
    // The header shows our mark, not Payload's icon.
    await expect(page.locator('.step-nav .portal-icon')).toBeVisible()
    await expect(page.locator('.graphic-icon')).toHaveCount(0)
    await expectBrandedTab(page, origin)
    await openNav(page)
    if (role === 'admin') await page.screenshot({ path: screenshotPath('admin-nav-brand'), animations: 'disabled' })

    await visit(page, '/admin/account')
    await expectBrandedTab(page, origin)
    // The account page's settings heading is the portal's, not "Payload Settings".
    await expect(page.getByText('Admin settings', { exact: true })).toBeVisible()
    await expect(page.locator('body')).not.toContainText('Payload')
    // Any avatar picture is served by the portal itself (config: avatar 'default', no Gravatar).
    const avatars = await page.locator('.app-header img').evaluateAll((images) => images.map((image) => image.getAttribute('src') ?? ''))
    for (const src of avatars) expect(new URL(src, page.url()).origin).toBe(origin)

    await visit(page, '/admin/collections/announcements')
    await expectBrandedTab(page, origin)
    // Below the dashboard the mark is the breadcrumb's link home, named by the mark.
    await expect(page.locator('.step-nav').getByRole('link', { name: 'Coalition Portal', exact: true })).toHaveAttribute('href', '/admin')
    await page.locator('.table tbody tr').first().locator('a').first().click()
    await expect(page).toHaveURL(/\/admin\/collections\/announcements\/\d+/)
    await page.waitForLoadState('networkidle')
    await expectBrandedTab(page, origin)

    await visit(page, '/admin/collections/media')
    await expectBrandedTab(page, origin)
    await visit(page, '/admin/calendar')
    await expect(page).toHaveTitle('Calendar · Coalition Portal')
    await visit(page, '/admin/review')
    await expect(page).toHaveTitle('Review queue · Coalition Portal')

    expect(offOrigin, 'requests to another origin').toEqual([])
    expect(refusals, 'CSP refusals').toEqual([])
  })
}

test('the brand files are served from the portal, and the share card is ours', async ({ page, request }) => {
  for (const [path, type] of [
    ['/brand/mark.svg', 'image/svg+xml'],
    ['/brand/favicon-32.png', 'image/png'],
    ['/brand/apple-touch-icon.png', 'image/png'],
    ['/brand/og-admin.png', 'image/png'],
  ]) {
    const response = await request.get(path!)
    expect(response.status(), path).toBe(200)
    expect(response.headers()['content-type'], path).toContain(type)
  }
  await visit(page, '/admin/login')
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/brand\/og-admin\.png$/)
  await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', 'Coalition Portal')
  // Payload's own card generator is switched off (defaultOGImageType: 'off').
  const payloadCard = await request.get('/api/og?title=Coalition')
  expect(payloadCard.ok()).toBe(false)
  expect(payloadCard.headers()['content-type']).not.toContain('image/')
})
