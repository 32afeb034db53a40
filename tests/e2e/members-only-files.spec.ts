// Members-only files over real HTTP against the production server: the file URL and Next's image
// optimiser for a visitor and a signed-in member (session cookie, as a browser sends it), the optimiser's
// shared cache after a file closes, and a member downloading the PDF from the article with one click.
import fs from 'node:fs'

import { expect, type APIRequestContext, request as playwrightRequest, test } from '@playwright/test'

import { bannerPng, simplePdf } from '../../scripts/seed/assets'
import { OFFER_PDF } from '../../scripts/seed/content/memberFiles'
import { DEMO_MEMBER_PASSWORD, DEMO_MEMBERS } from '../../scripts/seed/members'
import { demo, loginToAdmin } from './helpers/admin'
import { MEMBERS_ONLY_ARTICLE } from './helpers/routes'

// Browsers send this on their own requests; Payload accepts the session cookie only with it (CSRF rule).
const SAME_ORIGIN = { 'sec-fetch-site': 'same-origin' }
const stamp = Date.now()
const optimised = (file: string) => `/_next/image?url=${encodeURIComponent(`/api/media/file/${file}`)}&w=640&q=75`

type Staff = { client: APIRequestContext; auth: Record<string, string> }

async function signInStaff(baseURL: string): Promise<Staff> {
  const client = await playwrightRequest.newContext({ baseURL })
  const person = demo('communications')
  const login = await client.post('/api/users/login', { data: { email: person.email, password: person.password } })
  expect(login.ok()).toBe(true)
  const { token } = (await login.json()) as { token: string }
  return { client, auth: { authorization: `JWT ${token}` } }
}

/** A demo member's session, kept as the `payload-token` cookie of this request context. */
async function signInMember(baseURL: string): Promise<APIRequestContext> {
  const client = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: SAME_ORIGIN })
  const login = await client.post('/api/members/login', { data: { email: DEMO_MEMBERS[0]!.email, password: DEMO_MEMBER_PASSWORD } })
  expect(login.status()).toBe(200)
  expect((await client.storageState()).cookies.map((cookie) => cookie.name)).toContain('payload-token')
  return client
}

async function uploadImage(staff: Staff, label: string): Promise<{ id: number; filename: string; bytes: Buffer }> {
  const bytes = await bannerPng(label, 30, 800, 450)
  const response = await staff.client.post('/api/media', {
    headers: staff.auth,
    multipart: { file: { name: `e2e-${stamp}-${label.replace(/\W+/g, '-')}.png`, mimeType: 'image/png', buffer: bytes }, _payload: JSON.stringify({ alt: label }) },
  })
  expect(response.status()).toBe(201)
  const { doc } = (await response.json()) as { doc: { id: number; filename: string } }
  return { id: doc.id, filename: doc.filename, bytes }
}

async function seededOffer(staff: Staff): Promise<{ id: number; filename: string }> {
  const response = await staff.client.get(`/api/media?where[alt][equals]=${encodeURIComponent(OFFER_PDF.alt)}&depth=0`, { headers: staff.auth })
  const { docs } = (await response.json()) as { docs: Array<{ id: number; filename: string; visibility: string }> }
  expect(docs[0]).toMatchObject({ visibility: 'members' })
  return docs[0]!
}

test('the members-only PDF: visitors get 403 and none of it, a member the exact file, sent private', async ({ baseURL, request }) => {
  const staff = await signInStaff(baseURL!)
  const { filename } = await seededOffer(staff)
  const expected = simplePdf([...OFFER_PDF.lines])

  const visitor = await request.get(`/api/media/file/${filename}`, { headers: SAME_ORIGIN })
  expect(visitor.status()).toBe(403)
  expect((await visitor.body()).includes(expected.subarray(0, 200))).toBe(false)

  const member = await signInMember(baseURL!)
  const download = await member.get(`/api/media/file/${filename}`)
  expect(download.status()).toBe(200)
  expect(download.headers()['content-type']).toBe('application/pdf')
  expect(download.headers()['cache-control']).toBe('private, no-store')
  expect(Buffer.compare(await download.body(), expected)).toBe(0)

  // A public file next to it stays public and cacheable.
  const psp = (await (await request.get('/api/media?where[alt][contains]=PSP%20section&depth=0')).json()) as { docs: Array<{ filename: string }> }
  const open = await request.get(`/api/media/file/${psp.docs[0]!.filename}`)
  expect(open.status()).toBe(200)
  expect(open.headers()['cache-control']).toBe('public, max-age=300')
  await Promise.all([member.dispose(), staff.client.dispose()])
})

test('the image optimiser never serves a members-only image, not even one a member asked for first', async ({ baseURL, request }) => {
  const staff = await signInStaff(baseURL!)
  const member = await signInMember(baseURL!)
  // Not used by any item yet: members only.
  const image = await uploadImage(staff, 'Members only photo')

  const direct = await member.get(`/api/media/file/${image.filename}`)
  expect(direct.status()).toBe(200)
  expect(Buffer.compare(await direct.body(), image.bytes)).toBe(0)

  // Next fetches the file without the member's cookie, so the optimiser refuses it for the member too…
  const forMember = await member.get(optimised(image.filename))
  expect(forMember.status()).not.toBe(200)
  expect(forMember.headers()['content-type'] ?? '').not.toMatch(/^image\//)
  // …and has nothing to hand a visitor afterwards.
  const forVisitor = await request.get(optimised(image.filename))
  expect(forVisitor.status()).not.toBe(200)
  expect(forVisitor.headers()['content-type'] ?? '').not.toMatch(/^image\//)
  expect(forVisitor.headers()['x-nextjs-cache']).toBeUndefined()
  await Promise.all([member.dispose(), staff.client.dispose()])
})

test('an optimised copy made while a file was public is gone once staff close the file', async ({ baseURL, request }) => {
  const staff = await signInStaff(baseURL!)
  const image = await uploadImage(staff, 'Rally photo')
  const created = await staff.client.post('/api/announcements', {
    headers: staff.auth,
    data: { title: `Rally photos ${stamp}`, summary: 'Pictures from the rally.', heroImage: image.id, audience: 'public', _status: 'published' },
  })
  expect(created.status()).toBe(201)

  const first = await request.get(optimised(image.filename))
  expect(first.status()).toBe(200)
  expect(first.headers()['content-type']).toMatch(/^image\//)
  const second = await request.get(optimised(image.filename))
  expect(second.headers()['x-nextjs-cache']).toBe('HIT')
  // Only the exact upload URLs are optimised: no cache entries under made-up query strings.
  expect((await request.get(`/_next/image?url=${encodeURIComponent(`/api/media/file/${image.filename}?v=1`)}&w=640&q=75`)).status()).toBe(400)

  const closed = await staff.client.patch(`/api/media/${image.id}`, { headers: staff.auth, data: { membersOnly: true } })
  expect(closed.status()).toBe(200)
  expect(((await closed.json()) as { doc: { visibility: string } }).doc.visibility).toBe('members')
  const afterClosing = await request.get(optimised(image.filename))
  expect(afterClosing.status()).not.toBe(200)
  expect(afterClosing.headers()['content-type'] ?? '').not.toMatch(/^image\//)
  expect((await request.get(`/api/media/file/${image.filename}`)).status()).toBe(403)

  // Opened again, it is optimised again.
  expect((await staff.client.patch(`/api/media/${image.id}`, { headers: staff.auth, data: { membersOnly: false } })).status()).toBe(200)
  const reopened = await request.get(optimised(image.filename))
  expect(reopened.status()).toBe(200)
  await staff.client.dispose()
})

test('a signed-in member downloads the members-only PDF from the article with one click', async ({ page }) => {
  await page.goto(`/signin?next=${encodeURIComponent(MEMBERS_ONLY_ARTICLE)}`)
  const form = page.locator('main form').filter({ has: page.getByRole('button', { name: 'Sign in' }) })
  await form.getByLabel('E-mail', { exact: true }).fill(DEMO_MEMBERS[0]!.email)
  await form.getByLabel('Password', { exact: true }).fill(DEMO_MEMBER_PASSWORD)
  await form.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(new RegExp(`${MEMBERS_ONLY_ARTICLE}$`))

  const link = page.locator('main').getByRole('link', { name: /The employer’s offer of February 4/ })
  await expect(link).toBeVisible()
  const response = page.waitForResponse((candidate) => candidate.url().includes('/api/media/file/'))
  const download = page.waitForEvent('download')
  await link.click()
  const served = await response
  expect(served.status()).toBe(200)
  expect(served.headers()['content-type']).toBe('application/pdf')
  expect(served.headers()['cache-control']).toBe('private, no-store')
  // Chromium shows the PDF in its viewer (or saves it, without one); either way the member has the file's bytes.
  const saved = await Promise.race([download, page.waitForURL(/\/api\/media\/file\//).then(() => null)])
  const bytes = saved
    ? fs.readFileSync(await saved.path())
    : Buffer.from(await page.evaluate(async () => Array.from(new Uint8Array(await (await fetch(location.href)).arrayBuffer()))))
  expect(page.url()).toMatch(/\/api\/media\/file\/seed-offer-pdf[^/]*\.pdf$/)
  expect(Buffer.compare(bytes, simplePdf([...OFFER_PDF.lines]))).toBe(0)
})

test('staff see on the file’s edit screen who can open it and which items decide that', async ({ page, baseURL }) => {
  const staff = await signInStaff(baseURL!)
  const { id } = await seededOffer(staff)
  await staff.client.dispose()
  await loginToAdmin(page, 'communications')
  await page.goto(`/admin/collections/media/${id}`)
  await expect(page.getByText('Visible to: members only')).toBeVisible()
  const use = page.getByRole('listitem').filter({ hasText: 'shows it to members only' })
  await expect(use.getByRole('link', { name: /first 2021 bonus offer/ })).toHaveAttribute('href', /\/admin\/collections\/announcements\/\d+$/)
  await expect(page.getByLabel('Members only, wherever it is used')).not.toBeChecked()
})
