import { describe, expect, it } from 'vitest'

import { uploadsPath } from '@/lib/import/wordpress/attachImages'
import { autop, imageSources } from '@/lib/import/wordpress/convertHtml'
import { DEFAULT_IMPORT_CONFIG, parseImportConfig } from '@/lib/import/wordpress/importConfig'
import { mapItem } from '@/lib/import/wordpress/mapItem'
import { parseWxr, WxrFileError, wpGmtToIso } from '@/lib/import/wordpress/parseWxr'
import type { WxrItem } from '@/lib/import/wordpress/types'

const SITE = 'https://old.example.org'
const post = (over: Partial<WxrItem>): WxrItem => ({
  postId: '9',
  title: 'A post',
  link: `${SITE}/2023/07/a-post/`,
  guid: `${SITE}/?p=9`,
  creator: 'ed',
  contentHtml: '',
  excerptHtml: '',
  dateGmt: '2023-07-01T10:00:00.000Z',
  slug: 'a-post',
  status: 'publish',
  type: 'post',
  attachmentUrl: null,
  terms: [],
  meta: {},
  ...over,
})

describe('mapItem', () => {
  it('sends posts to announcements, bargaining-category posts to bargaining updates, pages to pages', () => {
    expect(mapItem(post({}), DEFAULT_IMPORT_CONFIG, SITE)).toMatchObject({ ok: true, value: { collection: 'announcements', status: 'published', oldPath: '/2023/07/a-post/' } })
    const bargaining = post({ terms: [{ taxonomy: 'category', slug: 'bargaining', name: 'Bargaining' }] })
    expect(mapItem(bargaining, DEFAULT_IMPORT_CONFIG, SITE)).toMatchObject({ ok: true, value: { collection: 'bargaining-updates', table: 'Imported from WordPress' } })
    expect(mapItem(post({ type: 'page' }), DEFAULT_IMPORT_CONFIG, SITE)).toMatchObject({ ok: true, value: { collection: 'pages' } })
  })

  it('keeps statuses: future → scheduled, pending and private → draft; trash and unknown types are skipped with a reason', () => {
    expect(mapItem(post({ status: 'future' }), DEFAULT_IMPORT_CONFIG, SITE)).toMatchObject({ ok: true, value: { status: 'scheduled' } })
    expect(mapItem(post({ status: 'pending' }), DEFAULT_IMPORT_CONFIG, SITE)).toMatchObject({ ok: true, value: { status: 'draft' } })
    expect(mapItem(post({ status: 'trash' }), DEFAULT_IMPORT_CONFIG, SITE)).toEqual({ ok: false, skip: expect.stringContaining('"trash"') })
    expect(mapItem(post({ type: 'product' }), DEFAULT_IMPORT_CONFIG, SITE)).toEqual({ ok: false, skip: 'unknown post type "product"; skipped' })
  })

  it('maps region categories through the config and makes a slug when WordPress has none', () => {
    const config = parseImportConfig('{"regions":{"norcal":"ncal"}}')
    if (typeof config === 'string') throw new Error(config)
    const item = post({ slug: '', title: 'Café & Staffing!', terms: [{ taxonomy: 'post_tag', slug: 'norcal', name: 'NorCal' }] })
    expect(mapItem(item, config, SITE)).toMatchObject({ ok: true, value: { regionCodes: ['ncal'], slug: 'cafe-and-staffing' } })
  })

  it('refuses a config with unknown keys, naming them', () => {
    expect(parseImportConfig('{"region":{}}')).toMatch(/invalid at \(top\)|region/)
    expect(parseImportConfig('{')).toMatch(/not JSON/)
  })
})

describe('parseWxr', () => {
  it('tells broken XML and non-WordPress files apart', () => {
    expect(() => parseWxr('<rss><channel>')).toThrow(WxrFileError)
    expect(() => parseWxr('<rss><channel><title>x</title></channel></rss>')).toThrow(/not a WordPress export/)
  })

  it('reads GMT dates and the empty WordPress date', () => {
    expect(wpGmtToIso('2023-07-14 18:30:00')).toBe('2023-07-14T18:30:00.000Z')
    expect(wpGmtToIso('0000-00-00 00:00:00')).toBeNull()
  })
})

describe('HTML helpers', () => {
  it('turns WordPress blank lines into paragraphs and leaves block HTML alone', () => {
    expect(autop('One\nline\n\n<h2>Two</h2>\n\n[gallery ids="1"]Three')).toBe('<p>One<br>line</p>\n<h2>Two</h2>\n<p>Three</p>')
  })

  it('finds image sources and keeps upload paths inside the uploads folder', () => {
    expect(imageSources(`<p><img class="a" src="${SITE}/wp-content/uploads/2023/07/a.png" alt="A crowd"></p><img src='b.png'><img data-src="c.png">`)).toEqual([
      { src: `${SITE}/wp-content/uploads/2023/07/a.png`, alt: 'A crowd' },
      { src: 'b.png', alt: null },
    ])
    expect(uploadsPath(`${SITE}/wp-content/uploads/2023/07/a%20b.png`)).toBe('2023/07/a b.png')
    expect(uploadsPath(`${SITE}/wp-content/uploads/../../etc/passwd`)).toBe('etc/passwd')
  })
})
