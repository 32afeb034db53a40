import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { searchSite } from '@/lib/search/searchSite'
import { messageText } from '@/lib/i18n/messages'
import { searchQuery } from '@/lib/schemas/search'
import { seed } from '@/scripts/seed/index'

import { makeDoc, regionId } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

let payload: Payload
let ncal: number
let scal: number

const find = (q: string, extra: Record<string, string> = {}, regionIdValue?: number) =>
  searchSite(payload, { ...searchQuery.parse({ q, ...extra }), regionId: regionIdValue, lang: 'en' })

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  ncal = await regionId(payload, 'ncal')
  scal = await regionId(payload, 'scal')
})

describe('site search', () => {
  it('ranks title matches first and highlights the words in a snippet', async () => {
    const results = await find('retention bonus')
    expect(results.total).toBeGreaterThan(0)
    expect(results.hits[0]!.title).toMatch(/retention bonus/i)
    expect(results.hits[0]!.snippet.some((part) => part.match)).toBe(true)
  })

  it('finds words in rich text bodies and list rows, not only titles', async () => {
    const results = await find('sterile processing')
    expect(results.hits.map((hit) => hit.title)).toContain('Nurses reach a tentative agreement: what it means for us')
  })

  it('never returns drafts, and drops a post when it is unpublished', async () => {
    const doc = await makeDoc(payload, 'announcements', { regions: [ncal], title: 'Quetzalcoatl drill announcement' })
    expect((await find('quetzalcoatl')).total).toBe(0)
    await payload.update({ collection: 'announcements', id: doc.id, data: { _status: 'published' } })
    expect((await find('quetzalcoatl')).hits.map((hit) => hit.slug)).toEqual(['quetzalcoatl-drill-announcement'])
    await payload.update({ collection: 'announcements', id: doc.id, data: { _status: 'draft' } })
    expect((await find('quetzalcoatl')).total).toBe(0)
  })

  it('filters by type and by region (with coalition-wide items)', async () => {
    await makeDoc(payload, 'announcements', { regions: [scal], status: 'published', title: 'Axolotl day in the south' })
    await makeDoc(payload, 'announcements', { regions: [ncal], status: 'published', title: 'Axolotl day in the north' })
    await makeDoc(payload, 'campaigns', { regions: [], status: 'published', title: 'Axolotl campaign everywhere' })
    expect((await find('axolotl')).total).toBe(3)
    expect((await find('axolotl', { type: 'campaigns' })).hits.map((hit) => hit.kind)).toEqual(['campaigns'])
    const north = await find('axolotl', {}, ncal)
    expect(north.hits.map((hit) => hit.title).sort()).toEqual(['Axolotl campaign everywhere', 'Axolotl day in the north'])
  })

  it('treats search syntax and odd input as words, never as an error', async () => {
    for (const q of ['"staffing crisis"', 'bonus -2021', "o'clock & ) ( | !", '***']) {
      await expect(find(q)).resolves.toHaveProperty('hits')
    }
    const tooLong = searchQuery.safeParse({ q: 'x'.repeat(101) }).error?.issues[0]?.message ?? ''
    expect(messageText('en', tooLong)).toBe('Search terms can be at most 100 characters.')
    expect(messageText('es', tooLong)).toBe('La búsqueda puede tener como máximo 100 caracteres.')
    expect(searchQuery.parse({ q: 'pay', type: 'nonsense', page: '-3' })).toEqual({ q: 'pay', type: undefined, region: undefined, page: 1 })
  })
})

describe('bulk benchmark data', () => {
  it('adds published, searchable announcements in one statement', async () => {
    const { seedBulkAnnouncements } = await import('@/scripts/seed/bulk')
    const before = await payload.count({ collection: 'announcements' })
    await seedBulkAnnouncements(payload, 300)
    expect((await payload.count({ collection: 'announcements' })).totalDocs).toBe(before.totalDocs + 300)
    const regional = await payload.find({ collection: 'announcements', where: { regions: { in: [ncal] }, slug: { like: 'bulk-' } }, limit: 1 })
    expect(regional.totalDocs).toBeGreaterThan(0)
    const results = await find('overtime')
    expect(results.hits.some((hit) => hit.slug.startsWith('bulk-'))).toBe(true)
  })
})

describe('members-only items in search', () => {
  it('are found by title and summary, never by their body, and the body never shows in a snippet', async () => {
    const { lexical } = await import('@/scripts/seed/lexical')
    await payload.create({
      collection: 'announcements',
      data: {
        title: 'Members briefing on the wombat proposal',
        summary: 'A briefing for members.',
        body: lexical(['The confidential zanzibarium figures are here.']),
        audience: 'members',
        _status: 'published',
      },
    })
    expect((await find('zanzibarium')).total).toBe(0)
    const byTitle = await find('wombat')
    expect(byTitle.hits.map((hit) => hit.title)).toEqual(['Members briefing on the wombat proposal'])
    expect(JSON.stringify(byTitle.hits[0]!.snippet)).not.toContain('zanzibarium')
    expect(byTitle.hits[0]!.membersOnly).toBe(true)
  })

  it('never show a members-only leader’s bio, which is their summary otherwise', async () => {
    await payload.create({
      collection: 'leadership',
      data: { name: 'Quillon Marsh', title: 'Interim treasurer', status: 'interim', bio: 'Private notes on the okapi budget.', audience: 'members', _status: 'published' },
    })
    expect((await find('okapi')).total).toBe(0)
    const byName = await find('Quillon')
    expect(byName.hits).toHaveLength(1)
    expect(byName.hits[0]).toMatchObject({ summary: null, membersOnly: true })
    expect(JSON.stringify(byName.hits[0]!.snippet)).not.toContain('okapi')
  })
})
