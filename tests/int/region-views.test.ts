// The public parts a browser fetches after a static page: a saved region's home (GET /api/home) and
// /news for a region or filters (GET /api/news). Public data only: teasers, never a members-only body.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { GET as home } from '@/app/(site)/api/home/route'
import { GET as news } from '@/app/(site)/api/news/route'
import type { FeedItem } from '@/lib/content/types'
import { seed } from '@/scripts/seed/index'

import { testPayload } from '../helpers/payload'

type HomeAnswer = { region: { code: string }; content: { lead: FeedItem | null; feed: FeedItem[] } }
type NewsAnswer = { filters: { region: string | null; topic: string | null; page: number }; list: { items: FeedItem[]; totalDocs: number; page: number } }

let payload: Payload
let membersOnlyBody: string

async function call<T>(handler: (request: Request) => Promise<Response>, path: string) {
  const response = await handler(new Request(`http://localhost:3000${path}`))
  const text = await response.text()
  return { status: response.status, cacheControl: response.headers.get('cache-control'), text, json: JSON.parse(text) as T }
}

/** Every item is for this region or coalition-wide (no regions). */
const inRegion = (items: FeedItem[], code: string) => items.every((item) => item.regions.length === 0 || item.regions.some((region) => region.code === code))

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  const { docs } = await payload.find({ collection: 'announcements', where: { audience: { equals: 'members' } }, overrideAccess: true, depth: 0, limit: 1 })
  const body = JSON.stringify(docs[0]?.body ?? '')
  membersOnlyBody = /"text":"([^"]{20,})"/.exec(body)?.[1] ?? ''
  expect(membersOnlyBody).not.toBe('')
})

describe('GET /api/home?region=<code>', () => {
  it('is the region’s items plus coalition-wide ones, revalidated on every use', async () => {
    const answer = await call<HomeAnswer>(home, '/api/home?region=scal')
    expect(answer.status).toBe(200)
    expect(answer.cacheControl).toBe('public, max-age=0, must-revalidate')
    expect(answer.json.region.code).toBe('scal')
    const items = [answer.json.content.lead, ...answer.json.content.feed].filter((item): item is FeedItem => item !== null)
    expect(items.length).toBeGreaterThan(0)
    expect(inRegion(items, 'scal')).toBe(true)
    expect(answer.text).not.toContain(membersOnlyBody)
  })

  it('answers 404 for a region that does not exist or a malformed code', async () => {
    expect((await call(home, '/api/home?region=mars')).status).toBe(404)
    expect((await call(home, '/api/home?region=%3Cscript%3E')).status).toBe(404)
    expect((await call(home, '/api/home')).status).toBe(404)
  })
})

describe('GET /api/news', () => {
  it('filters by region and topic, and carries teasers only', async () => {
    const answer = await call<NewsAnswer>(news, '/api/news?region=ncal&topic=bonus&page=1')
    expect(answer.status).toBe(200)
    expect(answer.json.filters).toMatchObject({ region: 'ncal', topic: 'bonus', page: 1 })
    expect(answer.json.list.items.length).toBeGreaterThan(0)
    expect(inRegion(answer.json.list.items, 'ncal')).toBe(true)
    const all = await call<NewsAnswer>(news, '/api/news?region=all')
    expect(all.json.filters.region).toBeNull()
    expect(all.json.list.totalDocs).toBeGreaterThan(answer.json.list.totalDocs)
    expect(all.text).not.toContain(membersOnlyBody)
  })

  it('answers in the language asked for: Spanish labels, and English text marked as such until the Spanish is ready', async () => {
    const ncal = (await payload.find({ collection: 'regions', where: { code: { equals: 'ncal' } }, limit: 1 })).docs[0]!.id
    const context = { disableRevalidate: true }
    const common = { topics: ['wages' as const], regions: [ncal], audience: 'public' as const, _status: 'published' as const }
    const ready = await payload.create({ collection: 'announcements', data: { ...common, title: 'Wage table: first offer' }, context })
    await payload.update({ collection: 'announcements', id: ready.id, locale: 'es', data: { title: 'Mesa salarial: primera oferta', spanishStatus: 'ready', _status: 'published' }, context })
    const started = await payload.create({ collection: 'announcements', data: { ...common, title: 'Wage table: second offer' }, context })
    await payload.update({ collection: 'announcements', id: started.id, locale: 'es', data: { title: 'Mesa salarial: segunda oferta', _status: 'published' }, context })

    const item = (answer: NewsAnswer, id: number) => answer.list.items.find((entry) => entry.key === `announcement-${id}`)
    const spanish = (await call<NewsAnswer>(news, '/api/news?region=ncal&topic=wages&lang=es')).json
    expect(item(spanish, ready.id)).toMatchObject({ title: 'Mesa salarial: primera oferta', kicker: 'Salarios', englishOnly: false, href: `/news/${ready.slug}` })
    expect(item(spanish, started.id)).toMatchObject({ title: 'Wage table: second offer', kicker: 'Salarios', englishOnly: true })
    const english = (await call<NewsAnswer>(news, '/api/news?region=ncal&topic=wages')).json
    expect(item(english, ready.id)).toMatchObject({ title: 'Wage table: first offer', kicker: 'Wages', englishOnly: false })
    expect(item(english, started.id)).toMatchObject({ title: 'Wage table: second offer', englishOnly: false })

    const saved = await call<HomeAnswer>(home, '/api/home?region=ncal&lang=es')
    expect(saved.status).toBe(200)
    const teasers = [saved.json.content.lead, ...saved.json.content.feed].filter((entry): entry is FeedItem => entry !== null)
    expect(teasers.find((entry) => entry.key === `announcement-${ready.id}`)).toMatchObject({ title: 'Mesa salarial: primera oferta', englishOnly: false })
  })

  it('ignores what it cannot read instead of failing', async () => {
    const answer = await call<NewsAnswer>(news, '/api/news?region=%00&topic=nope&page=-3&year=abc&local=99999999999')
    expect(answer.status).toBe(200)
    expect(answer.json.filters).toMatchObject({ region: null, topic: null, page: 1 })
  })
})
