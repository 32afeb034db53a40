// Staff see a petition's signatures on the campaign's edit screen and download them as CSV.
import fs from 'node:fs'

import { expect, test } from '@playwright/test'

import { loginToAdmin, screenshotPath } from './helpers/admin'
import { CAMPAIGN } from './helpers/routes'

test('communications staff see the open letter’s signatures in the admin and download them as CSV', async ({ page, request }) => {
  const email = `csv-${Date.now()}@example.org`
  const regions = (await (await request.get('/api/regions?where[code][equals]=hi&depth=0')).json()) as { docs: Array<{ id: number }> }
  const slug = CAMPAIGN.split('/').at(-1)!
  const signed = await request.post(`/api/petitions/${slug}/sign`, { data: { name: 'Kealoha Signer', email, region: regions.docs[0]!.id } })
  expect(signed.status()).toBe(201)

  await page.setViewportSize({ width: 1280, height: 900 })
  await loginToAdmin(page, 'communications')
  await page.goto('/admin/collections/campaigns')
  await page.getByRole('link', { name: 'Partnership open letter' }).first().click()
  await expect(page.getByText('Kealoha Signer')).toBeVisible()
  await page.getByText('Kealoha Signer').scrollIntoViewIfNeeded()
  await page.screenshot({ path: screenshotPath('admin-campaign-signatures'), fullPage: false })

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download signatures (CSV)' }).click()])
  const csv = fs.readFileSync(await download.path(), 'utf8')
  expect(csv.split('\r\n')[0]).toBe('"Name","E-mail","Region","Local","Comment","Consent to contact","Signed at"')
  expect(csv).toContain(`"Kealoha Signer","${email}"`)
})
