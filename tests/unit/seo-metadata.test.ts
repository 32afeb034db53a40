import { describe, expect, it } from 'vitest'

import type { Picture } from '@/lib/content/types'
import { buildMetadata, shareImage } from '@/lib/seo/metadata'

const site = {
  name: 'Coalition',
  description: 'News for healthcare workers.',
  defaultImage: { url: '/_next/static/media/share.png', width: 1200, height: 630, alt: 'Coalition' },
}

const picture: Picture = {
  alt: 'Members rally',
  caption: null,
  credit: null,
  thumbnail: { src: '/media/rally-400x300.jpg', width: 400, height: 300 },
  card: { src: '/media/rally-768x432.jpg', width: 768, height: 432 },
  hero: { src: '/media/rally-1600x900.jpg', width: 1600, height: 900 },
  original: { src: '/media/rally.jpg', width: 4000, height: 2250 },
}

describe('shareImage', () => {
  it('prefers the hero size, then the card crop, then the original', () => {
    expect(shareImage(picture)).toEqual({ url: '/media/rally-1600x900.jpg', width: 1600, height: 900, alt: 'Members rally' })
    expect(shareImage({ ...picture, hero: null })?.url).toBe('/media/rally-768x432.jpg')
    expect(shareImage({ ...picture, hero: null, card: null })?.url).toBe('/media/rally.jpg')
    expect(shareImage(null)).toBeNull()
  })
})

describe('buildMetadata', () => {
  it('gives an article its canonical URL, Open Graph article data and a large Twitter card', () => {
    const metadata = buildMetadata(
      {
        lang: 'en',
        title: 'Retention bonus',
        description: 'Up to $1,500.',
        path: '/news/retention-bonus',
        type: 'article',
        image: picture,
        publishedTime: '2026-01-02T00:00:00.000Z',
        modifiedTime: '2026-01-03T00:00:00.000Z',
      },
      site,
    )
    expect(metadata.title).toBe('Retention bonus')
    expect(metadata.description).toBe('Up to $1,500.')
    expect(metadata.alternates?.canonical).toBe('/news/retention-bonus')
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      title: 'Retention bonus · Coalition',
      url: '/news/retention-bonus',
      siteName: 'Coalition',
      publishedTime: '2026-01-02T00:00:00.000Z',
      modifiedTime: '2026-01-03T00:00:00.000Z',
      images: [{ url: '/media/rally-1600x900.jpg', width: 1600, height: 900, alt: 'Members rally' }],
    })
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', title: 'Retention bonus · Coalition', description: 'Up to $1,500.' })
    expect(metadata.robots).toBeUndefined()
  })

  it('falls back to the site description and default image, and keeps the site feed', () => {
    const metadata = buildMetadata({ lang: 'en', title: 'Leadership', description: '  ', path: '/leadership' }, site)
    expect(metadata.description).toBe('News for healthcare workers.')
    expect(metadata.openGraph).toMatchObject({ type: 'website', images: [site.defaultImage] })
    expect(metadata.twitter).toMatchObject({ images: [site.defaultImage] })
    expect(metadata.alternates?.types).toEqual({ 'application/rss+xml': [{ url: '/feed.xml', title: 'Coalition' }] })
  })

  it('uses a page’s own feeds instead of the site feed', () => {
    const feeds = [{ url: '/news/feed.xml', title: 'News' }]
    expect(buildMetadata({ lang: 'en', title: 'News', path: '/news', feeds }, site).alternates?.types).toEqual({ 'application/rss+xml': feeds })
  })

  it('gives the Spanish page its /es canonical, both languages as alternates, the es_US locale and Spanish feeds', () => {
    const metadata = buildMetadata({ lang: 'es', title: 'Noticias', path: '/news', feeds: [{ url: '/news/feed.xml', title: 'Noticias' }] }, site)
    expect(metadata.alternates?.canonical).toBe('/es/news')
    expect(metadata.alternates?.languages).toEqual({ 'en-US': '/news', 'es-US': '/es/news', 'x-default': '/news' })
    expect(metadata.openGraph).toMatchObject({ url: '/es/news', locale: 'es_US', alternateLocale: ['en_US'] })
    expect(metadata.alternates?.types).toEqual({ 'application/rss+xml': [{ url: '/es/news/feed.xml', title: 'Noticias' }] })
    const home = buildMetadata({ lang: 'es', title: 'Coalition', absoluteTitle: true, path: '/' }, site)
    expect(home.alternates?.canonical).toBe('/es')
    expect(buildMetadata({ lang: 'en', title: 'News', path: '/news' }, site).openGraph).toMatchObject({ locale: 'en_US', alternateLocale: ['es_US'] })
  })

  it('leaves the home title without the site-name suffix', () => {
    const metadata = buildMetadata({ lang: 'en', title: 'Coalition', absoluteTitle: true, path: '/' }, site)
    expect(metadata.title).toEqual({ absolute: 'Coalition' })
    expect(metadata.openGraph?.title).toBe('Coalition')
  })

  it('marks search and 404 pages noindex, and gives a 404 no canonical URL', () => {
    expect(buildMetadata({ lang: 'en', title: 'Search', path: '/search', noindex: true }, site).robots).toEqual({ index: false, follow: true })
    const notFound = buildMetadata({ lang: 'en', title: 'Page not found', path: null, noindex: true }, site)
    expect(notFound.alternates?.canonical).toBeUndefined()
    expect(notFound.openGraph?.url).toBeUndefined()
  })
})
