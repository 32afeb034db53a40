import { describe, expect, it } from 'vitest'

import { collectionDocHref, contentHref, safeHref } from '@/lib/content/links'
import { fileFormat, mediaPath, toDownloads, toPicture } from '@/lib/content/media'
import type { Media } from '@/payload-types'

describe('safeHref', () => {
  it('keeps site paths, anchors and web, mail and phone links', () => {
    expect(safeHref('/news')).toBe('/news')
    expect(safeHref('#sign')).toBe('#sign')
    expect(safeHref(' https://example.org/a ')).toBe('https://example.org/a')
    expect(safeHref('mailto:help@example.org')).toBe('mailto:help@example.org')
    expect(safeHref('tel:+15102672158')).toBe('tel:+15102672158')
  })

  it('drops script URLs, protocol-relative hosts and junk', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull()
    expect(safeHref('JavaScript:alert(1)')).toBeNull()
    expect(safeHref('data:text/html,hi')).toBeNull()
    expect(safeHref('//evil.example')).toBeNull()
    expect(safeHref('/\\evil.example')).toBeNull()
    expect(safeHref('news')).toBeNull()
    expect(safeHref('')).toBeNull()
    expect(safeHref(null)).toBeNull()
  })
})

describe('content addresses', () => {
  it('maps collections to public routes', () => {
    expect(contentHref('announcement', 'psp-2024')).toBe('/news/psp-2024')
    expect(collectionDocHref('bargaining-updates', 'session-4')).toBe('/bargaining/session-4')
    expect(collectionDocHref('pages', 'about')).toBe('/about')
    expect(collectionDocHref('leadership', 'someone')).toBe('/leadership')
    expect(collectionDocHref('users', 'x')).toBeNull()
    expect(collectionDocHref('campaigns', null)).toBeNull()
  })
})

const image: Media = {
  id: 1,
  alt: 'Members at a rally',
  caption: null,
  credit: 'Union photo',
  url: 'http://localhost:3000/api/media/file/rally.jpg',
  filename: 'rally.jpg',
  mimeType: 'image/jpeg',
  filesize: 200_000,
  width: 2000,
  height: 1000,
  updatedAt: '',
  createdAt: '',
  sizes: {
    thumbnail: { url: 'http://localhost:3000/api/media/file/rally-400x300.jpg', width: 400, height: 300 },
    card: { url: '/api/media/file/rally-768x432.jpg', width: 768, height: 432 },
    hero: { url: null, width: null, height: null },
  },
}

describe('media', () => {
  it('uses paths, not the absolute URLs Payload builds from SERVER_URL', () => {
    expect(mediaPath('http://localhost:3000/api/media/file/a%20b.png')).toBe('/api/media/file/a%20b.png')
    expect(mediaPath('/api/media/file/a.png')).toBe('/api/media/file/a.png')
    expect(mediaPath(null)).toBeNull()
  })

  it('reshapes an image with the sizes that exist', () => {
    const picture = toPicture(image)
    expect(picture?.thumbnail).toEqual({ src: '/api/media/file/rally-400x300.jpg', width: 400, height: 300 })
    expect(picture?.card?.src).toBe('/api/media/file/rally-768x432.jpg')
    expect(picture?.hero).toBeNull()
    expect(picture?.original).toEqual({ src: '/api/media/file/rally.jpg', width: 2000, height: 1000 })
    expect(picture?.credit).toBe('Union photo')
  })

  it('is not a picture when unpopulated or not an image', () => {
    expect(toPicture(1)).toBeNull()
    expect(toPicture(null)).toBeNull()
    expect(toPicture({ ...image, mimeType: 'application/pdf' })).toBeNull()
  })

  it('lists files and safe links as downloads and skips the rest', () => {
    const pdf: Media = { ...image, url: '/api/media/file/psp.pdf', mimeType: 'application/pdf', filesize: 681 }
    expect(
      toDownloads([
        { label: 'PSP summary', kind: 'file', file: pdf },
        { label: 'Partner site', kind: 'link', url: 'https://example.org' },
        { label: 'Bad link', kind: 'link', url: 'javascript:alert(1)' },
        { label: 'Unpopulated', kind: 'file', file: 7 },
      ]),
    ).toEqual([
      { label: 'PSP summary', href: '/api/media/file/psp.pdf', external: false, format: 'PDF', bytes: 681 },
      { label: 'Partner site', href: 'https://example.org', external: true, format: null, bytes: null },
    ])
    expect(fileFormat('image/jpeg')).toBe('JPG')
    expect(fileFormat('image/svg+xml')).toBe('SVG')
    expect(fileFormat(null)).toBeNull()
  })
})
