import ICAL from 'ical.js'
import type { Payload } from 'payload'
import Parser from 'rss-parser'
import { beforeAll, describe, expect, it } from 'vitest'

import { findBargainingSessions } from '@/lib/content/getBargainingSessions'
import { findSitemapEntries } from '@/lib/content/getSitemapEntries'
import { findWhatsNew } from '@/lib/content/getWhatsNew'
import { bargainingFeedItems } from '@/lib/feeds/bargainingItems'
import { buildCalendar, upcomingSessions } from '@/lib/feeds/bargainingCalendar'
import { buildRss } from '@/lib/feeds/buildFeed'
import { seed } from '@/scripts/seed/index'

import { makeDoc, regionId } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

let payload: Payload
let draftSlug: string

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  const draft = await makeDoc(payload, 'announcements', { regions: [await regionId(payload, 'ncal')], title: 'Secret draft for feeds' })
  draftSlug = String(draft.slug)
})

const meta = { title: 'What’s new', description: 'Everything', path: '/feed.xml', siteName: 'Coalition', lang: 'en' } as const

describe('RSS feeds', () => {
  it('parse in a real feed parser with absolute links, newest first, and no drafts', async () => {
    const xml = buildRss(meta, await findWhatsNew({ regionId: null, limit: 30, lang: 'en' }))
    const feed = await new Parser().parseString(xml)
    expect(feed.title).toBe('What’s new · Coalition')
    expect(feed.items.length).toBeGreaterThan(5)
    expect(feed.items.every((item) => item.link?.startsWith('http://localhost:3000/'))).toBe(true)
    const dates = feed.items.map((item) => Date.parse(item.isoDate!))
    expect([...dates].sort((a, b) => b - a)).toEqual(dates)
    expect(xml).not.toContain('Secret draft for feeds')
  })

  it('a region feed holds that region and coalition-wide items only', async () => {
    const scal = await regionId(payload, 'scal')
    // A long list: other test files add newer posts to this database.
    const feed = await new Parser().parseString(buildRss(meta, await findWhatsNew({ regionId: scal, limit: 1000, lang: 'en' })))
    const titles = feed.items.map((item) => item.title)
    expect(titles).toContain('California retention bonuses: up to $1,500 for eligible workers')
    expect(titles).not.toContain('Northern California: 2021 PSP paid on performance goals')
  })

  it('the bargaining feed lists session reports', async () => {
    const feed = await new Parser().parseString(buildRss(meta, bargainingFeedItems(await findBargainingSessions('en'))))
    expect(feed.items.map((item) => item.title)).toContain('Session 4: total compensation and the staffing goal')
  })
})

describe('bargaining calendar', () => {
  it('parses in a real iCalendar parser and holds only upcoming sessions', async () => {
    const sessions = await findBargainingSessions('en')
    const today = new Date().toISOString().slice(0, 10)
    const ics = buildCalendar(upcomingSessions(sessions, today, 'https://portal.example.org', 'en'), 'portal.example.org', 'en')
    const calendar = ICAL.Component.fromString(ics)
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component))
    expect(events.length).toBeGreaterThanOrEqual(1)
    for (const event of events) {
      expect(event.startDate.toJSDate().getTime()).toBeGreaterThanOrEqual(Date.parse(today) - 24 * 3600 * 1000)
      expect(event.endDate.compare(event.startDate)).toBe(1)
      expect(event.uid).toMatch(/@portal\.example\.org$/)
    }
    expect(events.map((event) => event.summary)).toContain('2027 National Bargaining: next bargaining session')
  })

  it('past sessions alone give an empty but valid calendar', () => {
    const ics = buildCalendar([], 'portal.example.org', 'en')
    expect(ICAL.Component.fromString(ics).getAllSubcomponents('vevent')).toHaveLength(0)
  })
})

describe('sitemap', () => {
  it('lists every published item and no draft', async () => {
    const entries = await findSitemapEntries()
    const paths = new Set(entries.map((entry) => entry.path))
    for (const collection of ['announcements', 'bargaining-updates', 'campaigns'] as const) {
      const { docs } = await payload.find({ collection, where: { _status: { equals: 'published' } }, limit: 0, depth: 0 })
      expect(docs.length).toBeGreaterThan(0)
      const prefix = { announcements: '/news/', 'bargaining-updates': '/bargaining/', campaigns: '/campaigns/' }[collection]
      for (const doc of docs) expect(paths.has(`${prefix}${doc.slug}`), doc.slug ?? '').toBe(true)
    }
    expect(paths.has('/about')).toBe(true)
    expect(paths.has(`/news/${draftSlug}`)).toBe(false)
    expect([...paths].some((path) => path.includes('steward-training'))).toBe(false)
  })
})
