import { assert, describe, expect, it } from 'vitest'

import type { Picture, SiteInfo } from '@/lib/content/types'
import { bargainingEventJsonLd, newsArticleJsonLd, nextSessionEvent, organizationJsonLd, serializeJsonLd } from '@/lib/seo/jsonLd'

const context = { siteUrl: 'https://portal.example.org', logoPath: '/_next/static/media/logo.png' }

const site: SiteInfo = {
  name: 'Coalition',
  tagline: 'Healthcare workers, together.',
  memberCount: null,
  localCount: null,
  foundedYear: 1997,
  statesServed: ['CA'],
  offices: [
    { label: 'Oakland', street: '1 Main St', city: 'Oakland', state: 'CA', postalCode: '94612', phone: '+1 510 555 0100' },
    { label: 'Pasadena', street: '2 Lake Ave', city: 'Pasadena', state: 'CA', postalCode: '91101', phone: null },
  ],
  social: [
    { platform: 'facebook', href: 'https://facebook.com/coalition' },
    { platform: 'email', href: 'mailto:info@example.org' },
  ],
  footerNote: null,
}

describe('serializeJsonLd', () => {
  it('keeps editor text from closing the script element, and stays the same JSON', () => {
    const data = { headline: '</script><script>alert(1)</script> & <!-- more -->' }
    const text = serializeJsonLd(data)
    expect(text).not.toMatch(/[<>&]/)
    expect(text).toContain('\\u003c/script\\u003e')
    expect(JSON.parse(text)).toEqual(data)
  })
})

describe('organizationJsonLd', () => {
  it('lists every office with its address and phone, and web social links', () => {
    const org = organizationJsonLd(site, context)
    expect(org).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Coalition',
      url: 'https://portal.example.org/',
      logo: 'https://portal.example.org/_next/static/media/logo.png',
      telephone: '+1 510 555 0100',
      foundingDate: '1997',
      sameAs: ['https://facebook.com/coalition'],
    })
    expect(org.address).toEqual([
      { '@type': 'PostalAddress', streetAddress: '1 Main St', addressLocality: 'Oakland', addressRegion: 'CA', postalCode: '94612', addressCountry: 'US' },
      { '@type': 'PostalAddress', streetAddress: '2 Lake Ave', addressLocality: 'Pasadena', addressRegion: 'CA', postalCode: '91101', addressCountry: 'US' },
    ])
    expect(org.location).toMatchObject([
      { '@type': 'Place', name: 'Oakland', telephone: '+1 510 555 0100' },
      { '@type': 'Place', name: 'Pasadena' },
    ])
    expect((org.location as Array<Record<string, unknown>>)[1]).not.toHaveProperty('telephone')
  })
})

const image: Picture = {
  alt: '',
  caption: null,
  credit: null,
  thumbnail: null,
  card: { src: '/media/a-768x432.jpg', width: 768, height: 432 },
  hero: { src: '/media/a-1600x900.jpg', width: 1600, height: 900 },
  original: { src: '/media/a.jpg', width: 2000, height: 1125 },
}

describe('newsArticleJsonLd', () => {
  it('describes the article with absolute URLs, dates and the coalition as publisher', () => {
    const article = newsArticleJsonLd(
      { title: 'Bonus', summary: 'Up to $1,500.', publishedAt: '2026-01-02T00:00:00.000Z', updatedAt: '2026-01-03T00:00:00.000Z', image },
      '/news/bonus',
      site,
      context,
    )
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Bonus',
      description: 'Up to $1,500.',
      datePublished: '2026-01-02T00:00:00.000Z',
      dateModified: '2026-01-03T00:00:00.000Z',
      image: ['https://portal.example.org/media/a-1600x900.jpg', 'https://portal.example.org/media/a-768x432.jpg', 'https://portal.example.org/media/a.jpg'],
      publisher: { '@type': 'Organization', name: 'Coalition', logo: { '@type': 'ImageObject', url: 'https://portal.example.org/_next/static/media/logo.png' } },
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://portal.example.org/news/bonus' },
    })
  })

  it('leaves out what it does not know and shortens long headlines', () => {
    const article = newsArticleJsonLd({ title: `${'word '.repeat(40)}end`, summary: null, publishedAt: null, updatedAt: null, image: null }, '/news/x', site, context)
    expect(article).not.toHaveProperty('image')
    expect(article).not.toHaveProperty('datePublished')
    expect(article).not.toHaveProperty('dateModified')
    const { headline } = article
    assert(typeof headline === 'string')
    expect(headline.length).toBeLessThanOrEqual(110)
    expect(headline).toMatch(/word…$/)
  })
})

describe('bargainingEventJsonLd', () => {
  it('describes a session as a scheduled in-person event organised by the coalition', () => {
    const event = bargainingEventJsonLd(
      { name: '2026 Bargaining: session 4', start: '2026-03-01T17:00:00.000Z', end: '2026-03-02T01:00:00.000Z', location: 'Oakland Marriott', path: '/bargaining/session-4' },
      site,
      context,
    )
    expect(event).toMatchObject({
      '@type': 'Event',
      name: '2026 Bargaining: session 4',
      startDate: '2026-03-01T17:00:00.000Z',
      endDate: '2026-03-02T01:00:00.000Z',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'Place', name: 'Oakland Marriott', address: 'Oakland Marriott' },
      organizer: { '@type': 'Organization', name: 'Coalition', url: 'https://portal.example.org/' },
      url: 'https://portal.example.org/bargaining/session-4',
    })
  })

  it('names the next session after its table and omits an unknown end and place', () => {
    const event = bargainingEventJsonLd(
      nextSessionEvent({ table: '2026 Bargaining', start: '2026-04-01T17:00:00.000Z', end: null, location: null, href: '/bargaining/session-4' }),
      site,
      context,
    )
    expect(event.name).toBe('2026 Bargaining: next bargaining session')
    expect(event).not.toHaveProperty('endDate')
    expect(event).not.toHaveProperty('location')
  })
})
