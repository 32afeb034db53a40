// Security headers as sent, and Chromium finding zero CSP violations on the public site, the member
// forms, the admin and its live preview. The first tests prove the watcher sees a violation at all.
import { expect, type APIRequestContext, type Page, request as playwrightRequest, test } from '@playwright/test'

import { contentSecurityPolicy, permissionsPolicy } from '../../lib/security/headers'
import { demo, loginToAdmin } from './helpers/admin'
import { confirmedMember } from './helpers/members'
import { CAMPAIGN, PUBLIC_ROUTES } from './helpers/routes'

type Violation = { directive: string; blocked: string; sample: string; source: string }

/** Collects every CSP violation (event and console) and Permissions-Policy header error, in every frame. */
async function watchPolicies(page: Page): Promise<string[]> {
  const found: string[] = []
  await page.exposeBinding('__reportViolation', ({ frame }, v: Violation) => {
    found.push(`${frame.url()}: ${v.directive} blocked ${v.blocked || '(inline)'} ${v.sample} ${v.source}`.trim())
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as Window & { __reportViolation?: (v: Violation) => void }).__reportViolation
      void report?.({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample, source: `${event.sourceFile}:${event.lineNumber}` })
    })
  })
  page.on('console', (message) => {
    const text = message.text()
    if (text.includes('Content Security Policy') || text.includes('Permissions-Policy')) found.push(`console: ${text}`)
  })
  return found
}

/** Load and let client code hydrate and fetch, so late violations are seen too. */
async function visit(page: Page, path: string) {
  const response = await page.goto(path)
  await page.waitForLoadState('networkidle')
  return response
}

const stamp = Date.now()

test.describe('the CSP watcher', () => {
  test('reports a blocked foreign image and an injected inline handler, which does not run', async ({ page }) => {
    const found = await watchPolicies(page)
    await visit(page, '/')
    await page.evaluate(() => {
      const probe = document.createElement('div')
      probe.innerHTML = '<img src="https://tracker.invalid/pixel.png" alt=""><img src="/no-such.png" alt="" onerror="window.__injected = true">'
      document.body.append(probe)
    })
    await expect.poll(() => found.join('\n')).toContain('img-src blocked https://tracker.invalid/pixel.png')
    await expect.poll(() => found.join('\n')).toContain('script-src-attr')
    expect(await page.evaluate(() => (window as Window & { __injected?: boolean }).__injected)).toBeUndefined()
  })

  test('a page on another origin cannot frame the admin (clickjacking); the site itself can', async ({ page, baseURL }) => {
    await page.route('http://attacker.invalid/', (route) =>
      route.fulfill({ contentType: 'text/html', body: `<iframe name="victim" src="${baseURL}/admin/login"></iframe>` }),
    )
    const requested = page.waitForRequest(`${baseURL}/admin/login`)
    await page.goto('http://attacker.invalid/')
    await requested
    // Chromium swaps the refused document for its error page: the admin's form never renders there.
    await expect.poll(() => page.frame({ name: 'victim' })?.url()).toBe('chrome-error://chromewebdata/')
    await expect(page.frameLocator('iframe[name="victim"]').locator('input[name="email"]')).toHaveCount(0)

    await visit(page, '/')
    await page.evaluate(() => {
      const frame = Object.assign(document.createElement('iframe'), { name: 'own', src: '/admin/login' })
      document.body.append(frame)
    })
    await expect(page.frameLocator('iframe[name="own"]').locator('input[name="email"]')).toBeVisible({ timeout: 20_000 })
  })
})

test.describe('zero CSP violations', () => {
  for (const route of PUBLIC_ROUTES) {
    test(`on ${route}`, async ({ page }) => {
      const found = await watchPolicies(page)
      await visit(page, route)
      await expect(page.locator('main')).toBeVisible()
      expect(found).toEqual([])
    })
  }

  test('when a visitor picks a region and uses the member forms with mistakes', async ({ page }) => {
    const found = await watchPolicies(page)
    const main = page.locator('main')
    await visit(page, '/')
    await page.getByLabel('Your region').selectOption('scal')
    await page.getByRole('button', { name: 'Set' }).click()
    await expect(page.getByText('Showing: Southern California + coalition-wide')).toBeVisible()

    await visit(page, '/signup')
    await main.getByLabel('E-mail', { exact: true }).fill('not-an-address')
    await main.getByRole('button', { name: 'Sign up' }).click()
    await expect(main.getByLabel('E-mail', { exact: true })).toHaveAttribute('aria-invalid', 'true')

    await visit(page, CAMPAIGN)
    await main.getByRole('button', { name: 'Sign', exact: true }).click()
    await expect(main.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true')
    expect(found).toEqual([])
  })

  test('for a signed-in member on /account, the story form and the petition', async ({ page, baseURL }) => {
    const email = `csp-${Date.now()}@example.org`
    const password = 'Member-pass-2026'
    await confirmedMember(baseURL!, email, password, 'scal')
    const found = await watchPolicies(page)
    const main = page.locator('main')

    await visit(page, '/signin')
    const passwordForm = main.locator('form').filter({ has: page.getByRole('button', { name: 'Sign in' }) })
    await passwordForm.getByLabel('E-mail', { exact: true }).fill(email)
    await passwordForm.getByLabel('Password', { exact: true }).fill(password)
    await passwordForm.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL(/\/account/)
    await page.waitForLoadState('networkidle')
    // Saving PATCHes the account and reloads the page.
    const saved = page.waitForResponse((response) => response.request().method() === 'PATCH' && response.url().includes('/api/members/'))
    const reloaded = page.waitForRequest((request) => request.isNavigationRequest() && new URL(request.url()).pathname === '/account')
    await main.getByRole('button', { name: 'Save' }).click()
    expect((await saved).ok()).toBe(true)
    // Wait for the reload itself: navigating on before it starts would be interrupted by it.
    await reloaded
    await page.waitForLoadState('networkidle')

    await visit(page, '/stories/new')
    await main.getByLabel('Your story', { exact: true }).fill(`Checking the ward's new rota, night ${stamp}.`)
    await main.getByLabel('The coalition may publish my story (after review).').check()
    await main.getByRole('button', { name: 'Share my story' }).click()
    await expect(main.getByRole('status')).toContainText(/with our team/i)

    // Signed in, the member signs as themselves with one click.
    await visit(page, CAMPAIGN)
    await expect(main.getByText('Signing as Ada Member.')).toBeVisible()
    await main.getByRole('button', { name: 'Sign', exact: true }).click()
    await expect(main.getByText('Thank you for signing!')).toBeVisible()
    expect(found).toEqual([])
  })

  test('in the admin: login, an upload, an edit screen with autosave, and the live preview of the draft', async ({ page, baseURL }) => {
    test.setTimeout(120_000)
    const found = await watchPolicies(page)
    await visit(page, '/admin/login')
    await loginToAdmin(page, 'communications')
    await page.waitForLoadState('networkidle')

    // Choosing a file previews it from blob: and data: URLs (nothing is saved).
    const { docs } = (await (await page.request.get('/api/media?depth=0&limit=1&where[mimeType][equals]=image/png')).json()) as { docs: Array<{ url: string }> }
    const png = await (await page.request.get(new URL(docs[0]!.url).pathname)).body()
    await visit(page, '/admin/collections/media/create')
    await page.locator('input[type="file"]').setInputFiles({ name: 'csp-check.png', mimeType: 'image/png', buffer: png })
    await expect(page.locator('img[src^="blob:"], img[src^="data:"]').first()).toBeVisible()

    const title = `CSP preview check ${Date.now()}`
    const draft = await createDraft(baseURL!, title)
    await visit(page, `/admin/collections/announcements/${draft.id}`)
    // An edit: autosave writes the draft from the edit screen.
    const saved = page.waitForResponse((response) => response.url().includes(`/api/announcements/${draft.id}?autosave=true`) && response.ok())
    await page.getByLabel('Summary').fill('Checking the admin under the Content-Security-Policy.')
    await saved

    // Payload remembers the panel per user: open it only if a previous run left it closed.
    const toggler = page.locator('#live-preview-toggler')
    if ((await toggler.getAttribute('aria-label')) === 'Live Preview') await toggler.click()
    await expect(toggler).toHaveAttribute('aria-label', 'Exit Live Preview')
    // The framed public page, loaded (its scripts ran) in draft mode (its banner). The admin may swap
    // the iframe after a save, so each poll looks the frame up again.
    const framedPage = async () => {
      const frame = page.frames().find((candidate) => candidate.url().endsWith(`/news/${draft.slug}`))
      if (!frame) return 'no frame yet'
      await frame.waitForLoadState('load')
      return `${await frame.locator('h1').textContent()} | banner: ${await frame.getByRole('region', { name: 'Preview mode' }).count()}`
    }
    await expect.poll(() => framedPage().catch((error: Error) => error.message), { timeout: 30_000 }).toBe(`${title} | banner: 1`)
    // An edit reaches the framed page by postMessage and re-renders it from the server.
    await page.getByLabel('Title').fill(`${title} (edited)`)
    await expect.poll(() => framedPage().catch((error: Error) => error.message), { timeout: 30_000 }).toBe(`${title} (edited) | banner: 1`)
    await toggler.click()
    await expect(toggler).toHaveAttribute('aria-label', 'Live Preview')
    expect(found).toEqual([])
  })
})

/** A draft announcement, made over REST as communications staff. */
async function createDraft(baseURL: string, title: string): Promise<{ id: number; slug: string }> {
  const client = await playwrightRequest.newContext({ baseURL })
  const person = demo('communications')
  const login = await client.post('/api/users/login', { data: { email: person.email, password: person.password } })
  // A header token: Payload ignores a session cookie on requests without a browser Origin (CSRF rule).
  const { token } = (await login.json()) as { token: string }
  const created = await client.post('/api/announcements?draft=true', { headers: { authorization: `JWT ${token}` }, data: { title, _status: 'draft' } })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
  await client.dispose()
  return doc
}


test.describe('headers as sent by the server', () => {
  const https = (process.env.SERVER_URL ?? '').startsWith('https:')
  const csp = contentSecurityPolicy({ development: false, https })

  function expectSecurityHeaders(headers: Record<string, string>, what: string) {
    expect(headers['content-security-policy'], what).toBe(csp)
    expect(headers['content-security-policy'], what).toContain("frame-ancestors 'self'")
    expect(headers['content-security-policy'], what).toContain("object-src 'none'")
    expect(headers['x-content-type-options'], what).toBe('nosniff')
    expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy'], what).toBe(permissionsPolicy())
    expect(headers['permissions-policy'], what).toContain('camera=()')
    expect(headers['x-frame-options'], what).toBe('SAMEORIGIN')
    if (https) expect(headers['strict-transport-security'], what).toBe('max-age=63072000; includeSubDomains')
    else expect(headers['strict-transport-security'], what).toBeUndefined()
  }

  async function firstUrl(request: APIRequestContext, query: string): Promise<string> {
    const { docs } = (await (await request.get(`/api/media?depth=0&limit=1&${query}`)).json()) as { docs: Array<{ url: string }> }
    return new URL(docs[0]!.url).pathname
  }

  test('on pages, the admin, REST, GraphQL, files, static assets, 404s and redirects', async ({ request, page }) => {
    const image = await firstUrl(request, 'where[mimeType][equals]=image/png')
    const pdf = await firstUrl(request, 'where[mimeType][equals]=application/pdf')
    const home = await request.get('/')
    const asset = (await home.text()).match(/\/_next\/static\/[^"]+\.js/)![0]

    const responses = {
      '/': home,
      '/news': await request.get('/news'),
      '/admin/login': await request.get('/admin/login'),
      '/api/regions': await request.get('/api/regions'),
      'POST /api/graphql': await request.post('/api/graphql', { data: { query: '{ Regions { docs { name } } }' } }),
      'OPTIONS /api/regions': await request.fetch('/api/regions', { method: 'OPTIONS' }),
      [image]: await request.get(image),
      [pdf]: await request.get(pdf),
      [asset]: await request.get(asset),
      '/no-such-page (404)': await request.get('/no-such-page'),
      '/api/no-such (404)': await request.get('/api/no-such-collection'),
      '/exit-preview (redirect)': await request.get('/exit-preview', { maxRedirects: 0 }),
    }
    for (const [what, response] of Object.entries(responses)) expectSecurityHeaders(response.headers(), what)

    // Each answered as what it is, not an error page that happens to carry the headers.
    expect(responses['/'].status()).toBe(200)
    expect(responses['/admin/login'].status()).toBe(200)
    expect(((await responses['/api/regions'].json()) as { docs: unknown[] }).docs.length).toBeGreaterThan(0)
    expect(await responses['POST /api/graphql'].text()).toContain('"Regions"')
    expect(responses[image]!.headers()['content-type']).toBe('image/png')
    expect((await responses[pdf]!.body()).subarray(0, 5).toString()).toBe('%PDF-')
    expect(responses[asset]!.headers()['content-type']).toContain('javascript')
    expect(responses['/no-such-page (404)'].status()).toBe(404)
    expect(responses['/api/no-such (404)'].status()).toBe(404)
    expect(responses['/exit-preview (redirect)'].status()).toBe(307)

    // The image optimiser keeps its stricter sandboxing CSP for the bytes it serves.
    const optimised = await request.get(`/_next/image?url=${encodeURIComponent(image)}&w=640&q=75`)
    expect(optimised.status()).toBe(200)
    expect(optimised.headers()['content-security-policy']).toContain('sandbox')
    expect(optimised.headers()['x-frame-options']).toBe('SAMEORIGIN')

    // And what the browser itself received for a document.
    const document = await page.goto('/news')
    expectSecurityHeaders(await document!.allHeaders(), 'page.goto /news')
  })
})
