// The whole alert, as people live it: communications staff publish a bargaining update with its alert on
// in the admin; Maria (who chose bargaining updates, and reads Spanish) gets the e-mail; its link opens
// the update; its unsubscribe link works; her preferences page says so. The server runs the job queue
// itself and EMAIL_ALERT_DELAY_SECONDS=0 (scripts/test.ts), so the alert leaves on the next tick.
import { expect, test } from '@playwright/test'

import { es } from '../../lib/i18n/messages/es'

import { loginToAdmin } from './helpers/admin'
import { latestEmailTo, linkFromEmail } from './helpers/outbox'

test.use({ viewport: { width: 1280, height: 900 } })

const MARIA = 'maria.member@coalition.test'

test('staff publish a bargaining update with its alert; Maria’s e-mail links to it and unsubscribes her', async ({ page, browser }) => {
  test.setTimeout(120_000)
  const title = `Session 9 set for the national table ${Date.now()}`
  await loginToAdmin(page, 'communications')
  await page.goto('/admin/collections/bargaining-updates/create')
  await page.getByLabel('Title').fill(title)
  await page.getByLabel('Table').fill('2026 National Bargaining')
  // On by default for bargaining updates, and left on.
  await expect(page.getByLabel('E-mail members when this is published')).toBeChecked()
  await page.getByRole('button', { name: 'Publish changes' }).click()
  // The panel follows the send.
  await expect(page.getByText(/Sent to \d+/)).toBeVisible({ timeout: 60_000 })

  const email = await latestEmailTo(MARIA)
  expect(email.subject).toContain(title)
  const updateLink = await linkFromEmail(MARIA, '/es/bargaining/')
  const member = await browser.newPage()
  await member.goto(updateLink)
  await expect(member.getByRole('heading', { level: 1 })).toHaveText(title)

  const unsubscribe = await linkFromEmail(MARIA, '/email/unsubscribe')
  await member.goto(unsubscribe)
  await member.locator('main').getByRole('button').click()
  await expect(member.locator('main').getByRole('status')).toBeVisible()

  await member.goto(await linkFromEmail(MARIA, '/email/preferences'))
  await expect(member.locator('main').getByRole('checkbox', { name: es.members.emailBargaining })).not.toBeChecked()
})
