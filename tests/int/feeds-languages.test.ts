// Feeds, the bargaining calendar and the sitemap in both languages, read through the real route
// handlers and metadata routes: Spanish feeds have Spanish titles, es-US and /es/ links, and the Spanish
// text of items whose Spanish is ready (English otherwise); the English ones are as they were.
import ICAL from 'ical.js'
import { resolveRobots, resolveSitemap } from 'next/dist/build/webpack/loaders/metadata/resolve-route-data'
import type { Payload } from 'payload'
import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GET as bargainingFeed } from '@/app/(site)/[lang]/bargaining/feed.xml/route'
import { GET as calendar } from '@/app/(site)/[lang]/bargaining/calendar.ics/route'
import { GET as whatsNewFeed } from '@/app/(site)/[lang]/feed.xml/route'
import { GET as newsFeed } from '@/app/(site)/[lang]/news/feed.xml/route'
import { GET as regionFeed } from '@/app/(site)/[lang]/regions/[code]/feed.xml/route'
import robots from '@/app/robots'
import sitemap from '@/app/sitemap'
import { seed } from '@/scripts/seed/index'
import { lexical } from '@/scripts/seed/lexical'

import { testPayload } from '../helpers/payload'

const BASE = 'http://localhost:3000'

let payload: Payload
let siteName: string
/** Newest announcement, Spanish ready. */
let translated: { slug: string; title: string }
/** An announcement whose Spanish title is saved but not ready. */
let unready: { slug: string; title: string; spanishTitle: string }
/** A members-only announcement. */
let locked: { slug: string; title: string }
/** A bargaining update, Spanish ready. */
let session: { slug: string; title: string; spanishTitle: string }

type Params = Record<string, string>
async function get(handler: (request: Request, context: { params: Promise<never> }) => Promise<Response>, path: string, params: Params) {
  const response = await handler(new Request(`${BASE}${path}`), { params: Promise.resolve(params) as Promise<never> })
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() }
}

const published = { _status: 'published' as const }
/** Everything this file creates, taken away again: its items are dated ahead of the files after it. */
const made: Array<{ collection: 'announcements' | 'bargaining-updates'; id: number }> = []
const quiet = { context: { disableRevalidate: true } }

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  siteName = (await payload.findGlobal({ slug: 'site', depth: 0 })).name

  // Newer than anything seeded or published by the test files before this one (the int files share a
  // database, and a busy file publishes dozens of items a minute), so all three are on every feed's first page.
  const at = (minutesAgo: number) => new Date(Date.now() + 60 * 60_000 - minutesAgo * 60_000).toISOString()
  const create = async (title: string, minutesAgo: number, audience: 'public' | 'members' = 'public') => {
    const doc = await payload.create({
      collection: 'announcements',
      data: { title, summary: `${title}: the summary.`, body: lexical(['English body.']), audience, publishedAt: at(minutesAgo), ...published },
      ...quiet,
    })
    made.push({ collection: 'announcements', id: doc.id })
    return { id: doc.id, slug: String(doc.slug), title }
  }
  const first = await create('Feeds in two languages: the translated one', 1)
  await payload.update({
    collection: 'announcements',
    id: first.id,
    locale: 'es',
    data: { title: 'Canales en dos idiomas: el traducido', summary: 'El resumen en español.', spanishStatus: 'ready', ...published },
    ...quiet,
  })
  translated = first
  const second = await create('Feeds in two languages: the untranslated one', 2)
  await payload.update({ collection: 'announcements', id: second.id, locale: 'es', data: { title: 'Borrador sin terminar', spanishStatus: 'in-progress', ...published }, ...quiet })
  unready = { ...second, spanishTitle: 'Borrador sin terminar' }
  locked = await create('Feeds in two languages: for members', 3, 'members')

  const update = await payload.create({
    collection: 'bargaining-updates',
    data: { title: 'Session 9: feeds in two languages', table: '2099 Test Bargaining', status: 'in-session', authoredBy: 'coalition', audience: 'public', publishedAt: at(1), ...published },
    ...quiet,
  })
  made.push({ collection: 'bargaining-updates', id: update.id })
  await payload.update({ collection: 'bargaining-updates', id: update.id, locale: 'es', data: { title: 'Sesión 9: canales en dos idiomas', spanishStatus: 'ready', ...published }, ...quiet })
  session = { slug: String(update.slug), title: update.title, spanishTitle: 'Sesión 9: canales en dos idiomas' }

  const { docs: regions } = await payload.find({ collection: 'regions', where: { code: { equals: 'scal' } }, limit: 1, depth: 0 })
  await payload.update({ collection: 'regions', id: regions[0]!.id, locale: 'es', data: { name: 'Sur de California' }, ...quiet })
})

afterAll(async () => {
  for (const { collection, id } of made) await payload.delete({ collection, id, ...quiet })
})

describe('RSS feeds per language', () => {
  it('/es/feed.xml: Spanish feed title and description, es-US, /es/ links, Spanish text where it is ready', async () => {
    const { status, type, text } = await get(whatsNewFeed, '/es/feed.xml', { lang: 'es' })
    expect(status).toBe(200)
    expect(type).toBe('application/rss+xml; charset=utf-8')
    expect(text).toContain(`<title>Novedades · ${siteName}</title>`)
    expect(text).toContain(`<description>Noticias, negociación y campañas de ${siteName}.</description>`)
    expect(text).toContain('<language>es-US</language>')
    expect(text).toContain(`<link>${BASE}/es</link>`)
    expect(text).toContain(`<atom:link href="${BASE}/es/feed.xml" rel="self" type="application/rss+xml"/>`)
    // The translated item in Spanish; the unready one in English, never its draft translation.
    expect(text).toContain(`<title><![CDATA[Canales en dos idiomas: el traducido]]></title>`)
    expect(text).toContain(`<link>${BASE}/es/news/${translated.slug}</link>`)
    expect(text).toContain('<![CDATA[El resumen en español.]]>')
    expect(text).not.toContain(translated.title)
    expect(text).toContain(`<title><![CDATA[${unready.title}]]></title>`)
    expect(text).toContain(`<link>${BASE}/es/news/${unready.slug}</link>`)
    expect(text).not.toContain(unready.spanishTitle)
    expect(text).toContain(`<title><![CDATA[${locked.title} (solo para miembros)]]></title>`)
    expect(text).toContain('<category>Solo para miembros</category>')
    expect(text).not.toContain('(members only)')

    const feed = await new Parser().parseString(text)
    expect(feed.items.length).toBeGreaterThan(5)
    expect(feed.items.every((item) => item.link?.startsWith(`${BASE}/es/`))).toBe(true)
  })

  it('/feed.xml: English as before (en-US), unprefixed links, English text of a translated item', async () => {
    const { status, text } = await get(whatsNewFeed, '/feed.xml', { lang: 'en' })
    expect(status).toBe(200)
    expect(text).toContain(`<title>What’s new · ${siteName}</title>`)
    expect(text).toContain(`<description>News, bargaining and campaigns from ${siteName}.</description>`)
    expect(text).toContain('<language>en-US</language>')
    expect(text).toContain(`<link>${BASE}/</link>`)
    expect(text).toContain(`<title><![CDATA[${translated.title}]]></title>`)
    expect(text).toContain(`<link>${BASE}/news/${translated.slug}</link>`)
    expect(text).toContain(`<title><![CDATA[${locked.title} (members only)]]></title>`)
    expect(text).toContain('<category>Members only</category>')
    expect(text).not.toContain('Canales en dos idiomas')
    expect(text).not.toContain(`${BASE}/es/`)
  })

  it('/es/news/feed.xml and /news/feed.xml', async () => {
    const spanish = await get(newsFeed, '/es/news/feed.xml', { lang: 'es' })
    expect(spanish.text).toContain(`<title>Noticias · ${siteName}</title>`)
    expect(spanish.text).toContain(`<description>Anuncios de ${siteName}.</description>`)
    expect(spanish.text).toContain(`<atom:link href="${BASE}/es/news/feed.xml" rel="self" type="application/rss+xml"/>`)
    expect(spanish.text).toContain(`<title><![CDATA[Canales en dos idiomas: el traducido]]></title>`)
    expect(spanish.text).toContain(`<link>${BASE}/es/news/${translated.slug}</link>`)
    const english = await get(newsFeed, '/news/feed.xml', { lang: 'en' })
    expect(english.text).toContain(`<title>News · ${siteName}</title>`)
    expect(english.text).toContain(`<atom:link href="${BASE}/news/feed.xml" rel="self" type="application/rss+xml"/>`)
    expect(english.text).toContain(`<link>${BASE}/news/${translated.slug}</link>`)
    expect(english.text).not.toContain('Canales en dos idiomas')
  })

  it('/es/bargaining/feed.xml and /bargaining/feed.xml', async () => {
    const spanish = await get(bargainingFeed, '/es/bargaining/feed.xml', { lang: 'es' })
    expect(spanish.text).toContain(`<title>Avances de la negociación · ${siteName}</title>`)
    expect(spanish.text).toContain('<language>es-US</language>')
    expect(spanish.text).toContain(`<title><![CDATA[${session.spanishTitle}]]></title>`)
    expect(spanish.text).toContain(`<link>${BASE}/es/bargaining/${session.slug}</link>`)
    const english = await get(bargainingFeed, '/bargaining/feed.xml', { lang: 'en' })
    expect(english.text).toContain(`<title>Bargaining updates · ${siteName}</title>`)
    expect(english.text).toContain(`<title><![CDATA[${session.title}]]></title>`)
    expect(english.text).toContain(`<link>${BASE}/bargaining/${session.slug}</link>`)
    expect(english.text).not.toContain(session.spanishTitle)
  })

  it('/es/regions/:code/feed.xml names the region in Spanish; an unknown region is a 404 in the feed’s language', async () => {
    const spanish = await get(regionFeed, '/es/regions/scal/feed.xml', { lang: 'es', code: 'scal' })
    expect(spanish.status).toBe(200)
    expect(spanish.text).toContain(`<title>Sur de California · ${siteName}</title>`)
    expect(spanish.text).toContain(`<description>Noticias de Sur de California y de toda la coalición, de ${siteName}.</description>`)
    expect(spanish.text).toContain(`<atom:link href="${BASE}/es/regions/scal/feed.xml" rel="self" type="application/rss+xml"/>`)
    expect(spanish.text).toContain(`<link>${BASE}/es/news/${translated.slug}</link>`)
    const english = await get(regionFeed, '/regions/scal/feed.xml', { lang: 'en', code: 'scal' })
    expect(english.text).toContain(`<title>Southern California · ${siteName}</title>`)
    expect(english.text).toContain(`<link>${BASE}/news/${translated.slug}</link>`)
    const missing = await get(regionFeed, '/es/regions/mars/feed.xml', { lang: 'es', code: 'mars' })
    expect(missing).toMatchObject({ status: 404, text: 'Esa región no existe.' })
    expect((await get(regionFeed, '/regions/mars/feed.xml', { lang: 'en', code: 'mars' })).text).toBe('No such region.')
  })
})

describe('bargaining calendar per language', () => {
  it('/es/bargaining/calendar.ics: Spanish calendar name and event titles, /es/ links', async () => {
    const { status, type, text } = await get(calendar, '/es/bargaining/calendar.ics', { lang: 'es' })
    expect(status).toBe(200)
    expect(type).toBe('text/calendar; charset=utf-8')
    expect(text).toContain('X-WR-CALNAME:Sesiones de negociación')
    const events = ICAL.Component.fromString(text).getAllSubcomponents('vevent')
    expect(events.length).toBeGreaterThan(0)
    expect(events.map((event) => String(event.getFirstPropertyValue('summary')))).toContain('2027 National Bargaining: próxima sesión de negociación')
    expect(events.every((event) => String(event.getFirstPropertyValue('url')).startsWith(`${BASE}/es/bargaining/`))).toBe(true)
  })

  it('/bargaining/calendar.ics stays English', async () => {
    const { text } = await get(calendar, '/bargaining/calendar.ics', { lang: 'en' })
    expect(text).toContain('X-WR-CALNAME:Bargaining sessions')
    const events = ICAL.Component.fromString(text).getAllSubcomponents('vevent')
    expect(events.map((event) => String(event.getFirstPropertyValue('summary')))).toContain('2027 National Bargaining: next bargaining session')
    expect(events.every((event) => String(event.getFirstPropertyValue('url')).startsWith(`${BASE}/bargaining/`))).toBe(true)
  })
})

describe('sitemap and robots', () => {
  it('lists every page in both languages, each with its language alternates', async () => {
    const xml = resolveSitemap(await sitemap())
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"')
    for (const path of ['/news', `/news/${translated.slug}`, `/news/${unready.slug}`, `/bargaining/${session.slug}`, '/regions/scal', '/about']) {
      const alternates = [
        `<xhtml:link rel="alternate" hreflang="en-US" href="${BASE}${path}" />`,
        `<xhtml:link rel="alternate" hreflang="es-US" href="${BASE}/es${path}" />`,
        `<xhtml:link rel="alternate" hreflang="x-default" href="${BASE}${path}" />`,
      ].join('\n')
      expect(xml).toContain(`<url>\n<loc>${BASE}${path}</loc>\n${alternates}\n`)
      expect(xml).toContain(`<url>\n<loc>${BASE}/es${path}</loc>\n${alternates}\n`)
    }
    // The home page: `/` in English, `/es` in Spanish.
    expect(xml).toContain(`<loc>${BASE}/</loc>`)
    expect(xml).toContain(`<loc>${BASE}/es</loc>`)
    expect(xml).toContain(`hreflang="es-US" href="${BASE}/es" />`)
    // Each page once per language.
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
    expect(new Set(locs).size).toBe(locs.length)
    expect(locs.filter((loc) => loc!.startsWith(`${BASE}/es`))).toHaveLength(locs.length / 2)
  })

  it('robots keep crawlers off search and account pages in both languages', () => {
    const text = resolveRobots(robots())
    for (const path of ['/search', '/es/search', '/account', '/es/account', '/stories/new', '/es/stories/new']) expect(text).toContain(`Disallow: ${path}\n`)
  })
})
