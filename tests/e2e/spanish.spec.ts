import { expect, type Page, test } from '@playwright/test'

import { en } from '../../lib/i18n/messages/en'
import { es } from '../../lib/i18n/messages/es'

import { expectNoAxeViolations } from './helpers/axe'
import { latestEmailTo } from './helpers/outbox'
import { BARGAINING_UPDATE, CAMPAIGN, VIEWPORTS } from './helpers/routes'

test.use({ viewport: VIEWPORTS.phone, hasTouch: true })

/** What a crawler (or Lighthouse's hreflang and lang audits) reads in <head>. */
async function languageTags(page: Page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    alternates: Object.fromEntries(
      [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href')!).pathname]),
    ),
    ogLocale: document.querySelector('meta[property="og:locale"]')?.getAttribute('content') ?? null,
  }))
}

test('a member reads a bargaining update and signs the open letter in Spanish, then finds the English page', async ({ page }) => {
  const main = page.locator('main')
  await page.goto('/')
  expect((await languageTags(page)).lang).toBe('en-US')

  // The switch in the header, on a phone: it names the other language in that language.
  await page.getByRole('banner').getByRole('link', { name: new RegExp(en.layout.switchTo) }).click()
  await expect(page).toHaveURL(/\/es$/)
  expect(await languageTags(page)).toMatchObject({
    lang: 'es-US',
    alternates: { 'en-US': '/', 'es-US': '/es', 'x-default': '/' },
    ogLocale: 'es_US',
  })
  expect((await page.context().cookies()).find((cookie) => cookie.name === 'lang')?.value).toBe('es')
  await expect(page.getByRole('navigation', { name: es.layout.mainNavLabel }).getByRole('link', { name: es.layout.navBargaining })).toBeVisible()
  await expectNoAxeViolations(page)

  // A bargaining update, translated: Spanish text, no "only in English" note.
  await page.goto(`/es${BARGAINING_UPDATE}`)
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Sesión 4: compensación total y la meta de contratación')
  await expect(main.getByText(es.common.onlyInEnglish)).toHaveCount(0)
  expect(await languageTags(page)).toMatchObject({ lang: 'es-US', canonical: expect.stringMatching(new RegExp(`/es${BARGAINING_UPDATE}$`)) })
  await expectNoAxeViolations(page)

  // The open letter: a mistake is explained in Spanish, then the signature goes through.
  await page.goto(`/es${CAMPAIGN}`)
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Carta abierta por la alianza')
  await main.getByRole('button', { name: es.petitions.sign, exact: true }).click()
  await expect(main.getByLabel(es.petitions.name, { exact: true })).toHaveAttribute('aria-invalid', 'true')
  await expect(main.getByLabel(es.petitions.name, { exact: true })).toHaveAccessibleDescription(new RegExp(es.petitions.errorNameRequired))
  await expectNoAxeViolations(page)
  const email = `rosa-${Date.now()}@example.org`
  await main.getByLabel(es.petitions.name, { exact: true }).fill('Rosa Miembro')
  await main.getByLabel(es.petitions.email, { exact: true }).fill(email)
  await main.getByLabel(es.petitions.region, { exact: true }).selectOption({ label: 'Norte de California' })
  await main.getByRole('button', { name: es.petitions.sign, exact: true }).click()
  await expect(main.getByText(es.petitions.signed)).toBeVisible()

  // The receipt is in Spanish and links to the Spanish page.
  const receipt = await latestEmailTo(email)
  expect(receipt.subject).toBe(es.email.signatureSubject('Carta abierta por la alianza'))
  expect(receipt.text).toContain(`/es${CAMPAIGN}`)

  // The same page in English, through the switch; the choice is remembered.
  await page.getByRole('banner').getByRole('link', { name: new RegExp(es.layout.switchTo) }).click()
  await expect(page).toHaveURL(new RegExp(`${CAMPAIGN}$`))
  expect(new URL(page.url()).pathname).toBe(CAMPAIGN)
  expect(await languageTags(page)).toMatchObject({ lang: 'en-US', alternates: { 'en-US': CAMPAIGN, 'es-US': `/es${CAMPAIGN}` }, ogLocale: 'en_US' })
  expect((await page.context().cookies()).find((cookie) => cookie.name === 'lang')?.value).toBe('en')
})

test('a first visit in a Spanish-speaking browser opens the Spanish site; a page not yet translated says so', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'es-US', viewport: VIEWPORTS.phone, baseURL })
  const page = await context.newPage()
  await page.goto('/news')
  await expect(page).toHaveURL(/\/es\/news$/)
  expect((await languageTags(page)).lang).toBe('es-US')

  // The partner's update is left in English in the demo content: English text under a Spanish note, marked lang="en".
  await page.goto('/es/news/partner-update-alliance-prepares-for-2021-bargaining')
  const main = page.locator('main')
  await expect(main.getByRole('note')).toHaveText(es.common.onlyInEnglish)
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Partner update: Alliance prepares for 2021 bargaining')
  await expect(main.locator('[lang="en-US"] h1')).toHaveCount(1)
  expect((await languageTags(page)).lang).toBe('es-US')
  await expectNoAxeViolations(page)
  await context.close()
})
