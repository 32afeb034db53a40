import { describe, expect, it } from 'vitest'

import { type DigestItem, type EmailFooter, renderAlert, renderDigest, renderTransactional } from '@/lib/email/render'
import { en } from '@/lib/i18n/messages/en'
import { es } from '@/lib/i18n/messages/es'

// What the sending engine passes, to swap in each member's own URLs by plain string replacement.
const PREFERENCES = 'https://example.invalid/__PREFERENCES__'
const UNSUBSCRIBE = 'https://example.invalid/__UNSUBSCRIBE__'

const footer: EmailFooter = {
  siteName: 'Coalition Portal',
  addressLines: ['1775 K Street, Suite 390', 'Washington, DC 20006'],
  preferencesUrl: PREFERENCES,
  unsubscribeUrl: UNSUBSCRIBE,
}

const SITE = 'https://portal.example.org'
const hostile = 'Staffing <script>alert(1)</script> & “pay”'

const alertItem = {
  title: 'Tentative agreement reached',
  summary: 'What the deal means for your unit.',
  url: `${SITE}/bargaining/kaiser/tentative`,
  membersOnly: false,
  signInUrl: null,
  publishedAt: '2026-03-03T02:00:00.000Z',
}

/** The visible text of the HTML part: no tags, entities decoded. */
const visible = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')

describe('transactional e-mail', () => {
  const mail = () =>
    renderTransactional({
      lang: 'es',
      subject: 'Su enlace para iniciar sesión',
      greeting: 'Hola, Rosa <Díaz> & co:',
      lines: ['Con este enlace entra al portal.', 'Si usted no lo pidió, ignórelo.'],
      link: { href: `${SITE}/api/members/magic-link/verify?token=abc&lang=es`, label: 'Iniciar sesión' },
      footer,
    })

  it('is a whole document in the recipient’s language, with a preheader and the text escaped', async () => {
    const { subject, html } = await mail()
    expect(subject).toBe('Su enlace para iniciar sesión')
    expect(html).toMatch(/^<!DOCTYPE html/)
    expect(html).toContain('<html dir="ltr" lang="es-US">')
    expect(html).toMatch(/<div [^>]*data-skip-in-text="true"[^>]*>Con este enlace entra al portal\./)
    expect(html).toContain('>Hola, Rosa &lt;Díaz&gt; &amp; co:</p>')
    expect(html).not.toContain('<Díaz>')
    expect(html).not.toMatch(/<img/i)
  })

  it('keeps the link findable as href="…" in the HTML and as "label: URL" in the text', async () => {
    const { html, text } = await mail()
    expect(html).toContain(`href="${SITE}/api/members/magic-link/verify?token=abc&amp;lang=es"`)
    expect(text).toContain(
      'Hola, Rosa <Díaz> & co:\n\nCon este enlace entra al portal.\n\nSi usted no lo pidió, ignórelo.\n\n' +
        `Iniciar sesión: ${SITE}/api/members/magic-link/verify?token=abc&lang=es\n`,
    )
  })

  it('closes with the name and address, never with preference or unsubscribe links', async () => {
    const { html, text } = await mail()
    expect(html).toContain('Coalition Portal<br/>1775 K Street, Suite 390<br/>Washington, DC 20006')
    expect(text).toContain('Coalition Portal\n1775 K Street, Suite 390\nWashington, DC 20006')
    expect(`${html}${text}`).not.toContain(UNSUBSCRIBE)
    expect(`${html}${text}`).not.toContain(PREFERENCES)
    expect(text).not.toContain(es.email.footerUnsubscribe)
  })

  it('without a footer, is signed with the portal’s name in the recipient’s language', async () => {
    const { text } = await renderTransactional({ lang: 'es', subject: 'x', greeting: 'Hola:', lines: [], link: { href: SITE, label: 'Ir' } })
    expect(text).toMatch(/^Portal de la Coalición\n/)
    expect(text).toMatch(/\nPortal de la Coalición$/)
  })
})

describe('alert e-mail', () => {
  it('names a bargaining update in its subject, in English and Spanish', async () => {
    const english = await renderAlert({ lang: 'en', kind: 'bargaining', item: alertItem, footer })
    expect(english.subject).toBe('Bargaining update: Tentative agreement reached')
    const spanish = await renderAlert({ lang: 'es', kind: 'bargaining', item: alertItem, footer })
    expect(spanish.subject).toBe(es.email.alertSubjectBargaining('Tentative agreement reached'))
    expect(spanish.html).toContain('lang="es-US"')
  })

  it('asks for action in its subject, in English and Spanish', async () => {
    expect((await renderAlert({ lang: 'en', kind: 'action', item: alertItem, footer })).subject).toBe('Action needed: Tentative agreement reached')
    expect((await renderAlert({ lang: 'es', kind: 'action', item: alertItem, footer })).subject).toBe('Es momento de actuar: Tentative agreement reached')
  })

  it('shows the title, summary, date (in the coalition’s time zone) and a link to the page, in both parts', async () => {
    const { html, text } = await renderAlert({ lang: 'en', kind: 'bargaining', item: alertItem, footer })
    expect(html).toMatch(/<h1[^>]*>Tentative agreement reached<\/h1>/)
    expect(html).toContain(`href="${alertItem.url}"`)
    expect(visible(html)).toContain('Published March 2, 2026')
    expect(text).toContain('Tentative agreement reached')
    expect(text).toContain('What the deal means for your unit.')
    expect(text).toContain(`${en.email.alertReadOnSite}: ${alertItem.url}`)
    const spanish = await renderAlert({ lang: 'es', kind: 'bargaining', item: alertItem, footer })
    expect(spanish.text).toContain('Publicado el 2 de marzo de 2026')
    expect(spanish.text).toContain(`${es.email.alertReadOnSite}: ${alertItem.url}`)
  })

  it('escapes a title and summary in the HTML and keeps them as written in the subject and text', async () => {
    const { subject, html, text } = await renderAlert({ lang: 'en', kind: 'action', item: { ...alertItem, title: hostile, summary: 'Fish & <b>chips</b>' }, footer })
    expect(subject).toBe(`Action needed: ${hostile}`)
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<b>chips')
    expect(html).toContain('Staffing &lt;script&gt;alert(1)&lt;/script&gt; &amp; “pay”')
    expect(html).toContain('Fish &amp; &lt;b&gt;chips&lt;/b&gt;')
    expect(text).toContain(hostile)
    expect(text).toContain('Fish & <b>chips</b>')
  })

  it('gives a members-only item the title and summary, a lock word and the sign-in link, but no link to the item', async () => {
    const signInUrl = `${SITE}/signin?next=%2Fbargaining%2Fkaiser%2Ftentative`
    const item = { ...alertItem, membersOnly: true, signInUrl }
    for (const lang of ['en', 'es'] as const) {
      const t = lang === 'en' ? en : es
      const { html, text } = await renderAlert({ lang, kind: 'bargaining', item, footer })
      expect(html).not.toContain(`href="${alertItem.url}"`)
      expect(text).not.toContain(alertItem.url)
      expect(html).toContain(`href="${signInUrl}"`)
      expect(text).toContain(`${t.email.signInToRead}: ${signInUrl}`)
      expect(text).toContain(t.email.membersOnly)
      expect(text).toContain('Tentative agreement reached')
      expect(text).toContain('What the deal means for your unit.')
    }
  })

  it('closes with the address and the preference and unsubscribe links in the recipient’s language', async () => {
    const { html, text } = await renderAlert({ lang: 'es', kind: 'bargaining', item: alertItem, footer })
    expect(text).toContain('Coalition Portal\n1775 K Street, Suite 390\nWashington, DC 20006')
    expect(text).toContain(`${es.email.footerPreferences}: ${PREFERENCES}`)
    expect(text).toContain(`${es.email.footerUnsubscribe}: ${UNSUBSCRIBE}`)
    expect(visible(html)).toContain(es.email.footerUnsubscribe)
  })
})

describe('sentinel URLs for per-member substitution', () => {
  const items: DigestItem[] = [{ kind: 'announcement', title: 'A', summary: null, url: `${SITE}/news/a`, membersOnly: false, signInUrl: null }]

  it('come out verbatim, unescaped, in both parts of every mailing', async () => {
    const rendered = [
      await renderAlert({ lang: 'en', kind: 'bargaining', item: alertItem, footer }),
      await renderAlert({ lang: 'es', kind: 'action', item: { ...alertItem, membersOnly: true, signInUrl: `${SITE}/signin` }, footer }),
      await renderDigest({ lang: 'en', regionName: null, weekOf: '2026-03-02', items, footer }),
      await renderDigest({ lang: 'es', regionName: 'Norte de California', weekOf: '2026-03-02', items, footer }),
    ]
    for (const { html, text } of rendered) {
      for (const sentinel of [PREFERENCES, UNSUBSCRIBE]) {
        expect(html).toContain(`href="${sentinel}"`)
        expect(text).toContain(sentinel)
        // Replacing the sentinel is enough: it appears nowhere in any other form.
        expect(html.split(sentinel)).toHaveLength(2)
        expect(text.split(sentinel)).toHaveLength(2)
      }
      const member = (part: string) =>
        part.replaceAll(UNSUBSCRIBE, `${SITE}/api/unsubscribe?t=abc&m=1`).replaceAll(PREFERENCES, `${SITE}/account#email`)
      expect(member(text)).toContain(`${SITE}/api/unsubscribe?t=abc&m=1`)
    }
  })
})

describe('digest e-mail', () => {
  const items: DigestItem[] = [
    { kind: 'story', title: 'Night shift, together', summary: null, url: `${SITE}/stories/night`, membersOnly: false, signInUrl: null },
    { kind: 'bargaining', title: 'Session 12 report', summary: 'Staffing ratios on the table.', url: `${SITE}/bargaining/s12`, membersOnly: true, signInUrl: `${SITE}/signin?next=%2Fbargaining%2Fs12` },
    { kind: 'campaign', title: hostile, summary: 'Sign the letter.', url: `${SITE}/campaigns/letter`, membersOnly: false, signInUrl: null },
    { kind: 'announcement', title: 'Convention dates', summary: 'Save the date.', url: `${SITE}/news/convention`, membersOnly: false, signInUrl: null },
    { kind: 'bargaining', title: 'Session 13 report', summary: null, url: `${SITE}/bargaining/s13`, membersOnly: false, signInUrl: null },
  ]

  it('is addressed to a region’s members, or to the whole coalition, in English and Spanish', async () => {
    const week = { weekOf: '2026-03-02', items, footer }
    expect((await renderDigest({ lang: 'en', regionName: 'Northern California', ...week })).subject).toBe('This week for Northern California members')
    expect((await renderDigest({ lang: 'en', regionName: null, ...week })).subject).toBe(en.email.digestSubjectCoalition)
    expect((await renderDigest({ lang: 'es', regionName: 'Norte de California', ...week })).subject).toBe('Esta semana para los miembros de Norte de California')
    expect((await renderDigest({ lang: 'es', regionName: null, ...week })).subject).toBe(es.email.digestSubjectCoalition)
  })

  it('dates the week in the recipient’s language', async () => {
    expect((await renderDigest({ lang: 'en', regionName: null, weekOf: '2026-03-02', items, footer })).text).toContain('The week of March 2, 2026')
    expect((await renderDigest({ lang: 'es', regionName: null, weekOf: '2026-03-02', items, footer })).text).toContain('Semana del 2 de marzo de 2026')
  })

  it('groups the items under a heading per kind, each in the order given', async () => {
    const { html, text } = await renderDigest({ lang: 'en', regionName: 'Northern California', weekOf: '2026-03-02', items, footer })
    const order = [
      en.email.digestSectionBargaining,
      'Session 12 report',
      'Session 13 report',
      en.email.digestSectionCampaigns,
      hostile,
      en.email.digestSectionAnnouncements,
      'Convention dates',
      en.email.digestSectionStories,
      'Night shift, together',
    ]
    const positions = order.map((part) => text.indexOf(part))
    expect(positions.every((position) => position >= 0)).toBe(true)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    expect(html).toMatch(new RegExp(`<h2[^>]*>${en.email.digestSectionCampaigns}</h2>`))
    expect(text).toContain(`Convention dates: ${SITE}/news/convention`)
  })

  it('leaves out kinds without items', async () => {
    const { text } = await renderDigest({ lang: 'es', regionName: null, weekOf: '2026-03-02', items: items.filter((item) => item.kind === 'story'), footer })
    expect(text).toContain(es.email.digestSectionStories)
    expect(text).not.toContain(es.email.digestSectionBargaining)
  })

  it('marks a members-only item and links it to sign-in, never to the item', async () => {
    for (const lang of ['en', 'es'] as const) {
      const t = lang === 'en' ? en : es
      const { html, text } = await renderDigest({ lang, regionName: null, weekOf: '2026-03-02', items, footer })
      expect(text).toContain(`Session 12 report\n\n${t.email.membersOnly}\n\nStaffing ratios on the table.\n\n${t.email.signInToRead}: ${SITE}/signin?next=%2Fbargaining%2Fs12`)
      expect(`${html}${text}`).not.toContain(`${SITE}/bargaining/s12`)
      expect(html).toContain(`href="${SITE}/bargaining/s13"`)
    }
  })

  it('escapes what editors wrote', async () => {
    const { html, text } = await renderDigest({ lang: 'en', regionName: 'North <i>&</i> Co', weekOf: '2026-03-02', items, footer })
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<i>&</i>')
    expect(html).toContain('Staffing &lt;script&gt;alert(1)&lt;/script&gt; &amp; “pay”')
    expect(text).toContain(`${hostile}: ${SITE}/campaigns/letter`)
  })

  it('closes with the address', async () => {
    const { html } = await renderDigest({ lang: 'en', regionName: null, weekOf: '2026-03-02', items, footer })
    expect(visible(html)).toContain('1775 K Street, Suite 390')
    expect(visible(html)).toContain('Washington, DC 20006')
  })
})
