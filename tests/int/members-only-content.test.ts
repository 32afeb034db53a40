// Members-only content: listed to everyone (title, summary, audience, so the site can show a lock),
// its body readable only by signed-in members and staff — through the Local API, REST and GraphQL.
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { VISITOR, type Viewer as Reader } from '@/lib/auth/viewer'
import type { MembersOnlyKind } from '@/lib/content/membersOnlyKinds'
import { lexical } from '@/scripts/seed/lexical'
import { seed } from '@/scripts/seed/index'
import type { Member } from '@/payload-types'

import { loadActors } from '../helpers/actors'
import { contentData, GRAPHQL_LIST, regionId, TITLE_FIELD } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'
import { contentCleanup, signUpAndConfirm } from './members-fixtures'

type Viewer = 'anonymous' | 'member' | 'communications' | 'regional-other'
const VIEWERS: Viewer[] = ['anonymous', 'member', 'communications', 'regional-other']
const SEES_BODY: Record<Viewer, boolean> = { anonymous: false, member: true, communications: true, 'regional-other': true }

// One body-like field per collection, with a value to create it with.
// Content is "hidden" when the field is absent or empty (Payload returns [] for a hidden blocks field).
const shows = (doc: object | undefined, field: string) => {
  const value = (doc as Record<string, unknown> | undefined)?.[field]
  return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)
}

const CASES = [
  { collection: 'announcements', field: 'body', value: lexical(['Members-only details of the bonus.']) },
  { collection: 'campaigns', field: 'body', value: lexical(['Members-only strategy.']) },
  { collection: 'bargaining-updates', field: 'body', value: lexical(['Members-only bargaining notes.']) },
  { collection: 'pages', field: 'layout', value: [{ blockType: 'richText', content: lexical(['Members-only page text.']) }] },
  { collection: 'leadership', field: 'bio', value: 'Members-only biography.' },
] as const

let payload: Payload
const tokens: Partial<Record<Viewer, string>> = {}
let memberUser: Member & { collection: 'members' }
const asMember = (): Reader => ({ kind: 'member', member: memberUser })
const docs = new Map<string, { locked: number; open: number }>()
const cleanup = contentCleanup(() => payload)

afterAll(() => cleanup.run())

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  const actors = await loadActors(payload)
  tokens.communications = actors.communications.token
  tokens['regional-other'] = actors['regional-other'].token
  const member = await signUpAndConfirm(payload, await regionId(payload, 'ncal'))
  tokens.member = member.token
  memberUser = { ...(await payload.findByID({ collection: 'members', id: member.id })), collection: 'members' }
  for (const { collection, field, value } of CASES) {
    const make = async (audience: 'public' | 'members') => {
      const doc = await payload.create({
        collection: collection as CollectionSlug,
        data: { ...contentData(collection), summary: `${audience} summary`, [field]: value, audience, _status: 'published' } as never,
        context: { disableRevalidate: true },
      })
      return cleanup.track(collection, doc).id
    }
    docs.set(collection, { locked: await make('members'), open: await make('public') })
  }
})

describe.each(CASES)('$collection: members-only $field', ({ collection, field }) => {
  it.each(VIEWERS)('REST list and read by id as %s: listed with title and summary; body only for members and staff', async (viewer) => {
    const { locked, open } = docs.get(collection)!
    const list = await rest(`/api/${collection}?where[id][in]=${locked},${open}&depth=0`, { token: tokens[viewer] })
    expect(list.status).toBe(200)
    const byId = new Map(list.json.docs!.map((doc) => [doc.id as number, doc]))
    expect(byId.get(locked)).toMatchObject({ audience: 'members', [TITLE_FIELD[collection]]: expect.any(String) })
    expect(shows(byId.get(locked), field)).toBe(SEES_BODY[viewer])
    expect(shows(byId.get(open), field)).toBe(true)

    const single = await rest(`/api/${collection}/${locked}?depth=0`, { token: tokens[viewer] })
    expect(single.status).toBe(200)
    expect(shows(single.json, field)).toBe(SEES_BODY[viewer])
  })

  it('GraphQL: anonymous gets the title but a null body; a member gets the body', async () => {
    const { locked } = docs.get(collection)!
    const selection = field === 'layout' ? 'layout { __typename }' : field
    const query = `{ ${GRAPHQL_LIST[collection]}(where: { id: { equals: ${locked} } }) { docs { id audience ${selection} } } }`
    const anonymous = await graphql(query)
    expect(anonymous.errors ?? []).toEqual([])
    const anonDoc = anonymous.data![GRAPHQL_LIST[collection]]!.docs![0]!
    expect(anonDoc.audience).toBe('members')
    expect(shows(anonDoc, field)).toBe(false)
    const asMember = await graphql(query, tokens.member)
    expect(shows(asMember.data![GRAPHQL_LIST[collection]]!.docs![0], field)).toBe(true)
  })

  it('Local API with overrideAccess: false: hidden without a user, present for a member', async () => {
    const { locked } = docs.get(collection)!
    const anonymous = await payload.findByID({ collection, id: locked, overrideAccess: false, depth: 0 })
    expect(shows(anonymous, field)).toBe(false)
    expect((anonymous as { audience?: string }).audience).toBe('members')
    const member = await payload.findByID({ collection, id: locked, overrideAccess: false, user: memberUser, depth: 0 })
    expect(shows(member, field)).toBe(true)
  })
})

describe('audience field', () => {
  it('defaults to public, so existing and new content stays readable by everyone', async () => {
    const doc = cleanup.track(
      'announcements',
      await payload.create({ collection: 'announcements', data: { title: `Default audience ${Date.now()}`, _status: 'published' } as never, context: { disableRevalidate: true } }),
    )
    expect(doc.audience).toBe('public')
  })

  it('cannot be filtered around: asking for the body of members-only items still returns no body', async () => {
    const { locked } = docs.get('announcements')!
    const response = await rest(`/api/announcements?where[audience][equals]=members&where[id][equals]=${locked}&select[body]=true`)
    expect(response.json.docs).toHaveLength(1)
    expect(shows(response.json.docs![0], 'body')).toBe(false)
  })
})

describe('what the site’s readers hand to pages', () => {
  const slugOf = async (collection: 'announcements' | 'bargaining-updates' | 'campaigns' | 'pages', id: number) =>
    String((await payload.findByID({ collection, id, depth: 0, overrideAccess: true })).slug)

  it('the public (cached) read locks the article; the signed-in member’s read opens it', async () => {
    const { getAnnouncementBySlug } = await import('@/lib/content/getAnnouncementBySlug')
        const slug = await slugOf('announcements', docs.get('announcements')!.locked)
    const anonymous = await getAnnouncementBySlug(slug, 'en', VISITOR)
    expect(anonymous).toMatchObject({ membersOnly: true, locked: true, body: null })
    const member = await getAnnouncementBySlug(slug, 'en', asMember())
    expect(member).toMatchObject({ membersOnly: true, locked: false })
    expect(JSON.stringify(member!.body)).toContain('Members-only details of the bonus.')
    const open = await getAnnouncementBySlug(await slugOf('announcements', docs.get('announcements')!.open), 'en', VISITOR)
    expect(open).toMatchObject({ membersOnly: false, locked: false })
  })

  it('bargaining updates, campaigns and pages lock the same way', async () => {
    const { getBargainingUpdateBySlug } = await import('@/lib/content/getBargainingUpdateBySlug')
    const { getCampaignBySlug } = await import('@/lib/content/getCampaignBySlug')
    const { getPageBySlug } = await import('@/lib/content/getPageBySlug')
        const update = await slugOf('bargaining-updates', docs.get('bargaining-updates')!.locked)
    const campaign = await slugOf('campaigns', docs.get('campaigns')!.locked)
    const page = await slugOf('pages', docs.get('pages')!.locked)
    expect(await getBargainingUpdateBySlug(update, 'en', VISITOR)).toMatchObject({ locked: true, body: null })
    expect(await getBargainingUpdateBySlug(update, 'en', asMember())).toMatchObject({ locked: false })
    expect(await getCampaignBySlug(campaign, 'en', VISITOR)).toMatchObject({ locked: true, body: null })
    expect(await getPageBySlug(page, 'en', VISITOR)).toMatchObject({ locked: true, blocks: [] })
    expect((await getPageBySlug(page, 'en', asMember()))!.blocks).toHaveLength(1)
    // No Spanish text yet: the Spanish site gets the English page, marked so.
    expect(await getPageBySlug(page, 'es', asMember())).toMatchObject({ englishOnly: true, locked: false })
    expect(await getPageBySlug(page, 'en', asMember())).toMatchObject({ englishOnly: false })
  })

  it('lists carry the lock; the leadership roster hides a members-only bio from visitors only', async () => {
    const { findNewsList } = await import('@/lib/content/getNewsList')
    const { getLeadership } = await import('@/lib/content/getLeadership')
        const leaderId = docs.get('leadership')!.locked
    const leaderSlug = String((await payload.findByID({ collection: 'leadership', id: leaderId, depth: 0, overrideAccess: true })).slug)
    const find = (roster: Awaited<ReturnType<typeof getLeadership>>) => [...roster.current, ...roster.past].find((leader) => leader.slug === leaderSlug)
    expect(find(await getLeadership('en', VISITOR))).toMatchObject({ membersOnly: true, locked: true, bio: null })
    expect(find(await getLeadership('en', asMember()))).toMatchObject({ locked: false, bio: 'Members-only biography.' })
    expect(find(await getLeadership('es', asMember()))).toMatchObject({ englishOnly: true, bio: 'Members-only biography.' })
    // Fixtures are the newest announcements, so they are on the first page of /news.
    const { items } = await findNewsList({ regionId: null, topic: null, localId: null, year: null, page: 1, lang: 'en' })
    const { locked, open } = docs.get('announcements')!
    expect(items.find((item) => item.key === `announcement-${locked}`)).toMatchObject({ membersOnly: true, summary: 'members summary' })
    expect(items.find((item) => item.key === `announcement-${open}`)).toMatchObject({ membersOnly: false })
  })
})

describe('feeds and the sitemap (built for anonymous readers)', () => {
  it('a feed lists the members-only item as a teaser marked "members only", without its body', async () => {
    const { default: Parser } = await import('rss-parser')
    const { findWhatsNew } = await import('@/lib/content/getWhatsNew')
    const { buildRss } = await import('@/lib/feeds/buildFeed')
    const { locked } = docs.get('announcements')!
    const title = String((await payload.findByID({ collection: 'announcements', id: locked, depth: 0, overrideAccess: true })).title)
    const xml = buildRss({ title: 'What’s new', description: 'Everything', path: '/feed.xml', siteName: 'Coalition', lang: 'en' }, await findWhatsNew({ regionId: null, limit: 30, lang: 'en' }))
    const item = (await new Parser().parseString(xml)).items.find((entry) => entry.title?.startsWith(title))
    expect(item).toMatchObject({ title: `${title} (members only)`, contentSnippet: 'members summary' })
    expect(item!.categories).toContain('Members only')
    expect(xml).not.toContain('Members-only details of the bonus.')
  })

  it('the sitemap lists members-only pages (their teaser is public) and carries no body text', async () => {
    const { findSitemapEntries } = await import('@/lib/content/getSitemapEntries')
    const entries = await findSitemapEntries()
    const slug = String((await payload.findByID({ collection: 'announcements', id: docs.get('announcements')!.locked, depth: 0, overrideAccess: true })).slug)
    expect(entries.map((entry) => entry.path)).toContain(`/news/${slug}`)
    expect(JSON.stringify(entries)).not.toContain('Members-only')
  })
})

describe('the members-only piece of a public page (GET /api/members-only/<kind>/<slug>)', () => {
  const KIND: Record<(typeof CASES)[number]['collection'], MembersOnlyKind> = {
    announcements: 'news',
    'bargaining-updates': 'bargaining',
    campaigns: 'campaigns',
    pages: 'pages',
    leadership: 'leadership',
  }
  const TEXT: Record<(typeof CASES)[number]['collection'], string> = {
    announcements: 'Members-only details of the bonus.',
    'bargaining-updates': 'Members-only bargaining notes.',
    campaigns: 'Members-only strategy.',
    pages: 'Members-only page text.',
    leadership: 'Members-only biography.',
  }
  const piece = async (kind: string, slug: string, token?: string, query = '') => {
    const { GET } = await import('@/app/(site)/api/members-only/[kind]/[slug]/route')
    const headers: Record<string, string> = token ? { authorization: `JWT ${token}` } : {}
    const response = await GET(new Request(`http://localhost:3000/api/members-only/${kind}/${slug}${query}`, { headers }), { params: Promise.resolve({ kind, slug }) })
    return { status: response.status, cacheControl: response.headers.get('cache-control'), text: await response.text() }
  }
  const slugOf = async (collection: CollectionSlug, id: number) =>
    String(((await payload.findByID({ collection, id, depth: 0, overrideAccess: true })) as { slug?: string }).slug)

  describe.each(CASES)('$collection', ({ collection }) => {
    it.each(VIEWERS)('as %s: the body for members and staff, 401 for visitors; never cached', async (viewer) => {
      const slug = await slugOf(collection, docs.get(collection)!.locked)
      const answer = await piece(KIND[collection], slug, tokens[viewer])
      expect(answer.cacheControl).toMatch(/no-store/)
      if (viewer === 'anonymous') {
        expect(answer.status).toBe(401)
        expect(JSON.parse(answer.text)).toMatchObject({ code: 'unauthorized' })
        expect(answer.text).not.toContain(TEXT[collection])
        return
      }
      expect(answer.status).toBe(200)
      expect(JSON.parse(answer.text)).toMatchObject({ kind: KIND[collection], item: { locked: false, membersOnly: true } })
      expect(answer.text).toContain(TEXT[collection])
    })
  })

  it('answers 404 for a kind, slug or item it does not know, and for a draft (as a member)', async () => {
    const slug = await slugOf('announcements', docs.get('announcements')!.locked)
    expect((await piece('users', slug, tokens.member)).status).toBe(404)
    expect((await piece('news', 'Not..A_slug', tokens.member)).status).toBe(404)
    expect((await piece('news', 'no-such-article-anywhere', tokens.member)).status).toBe(404)
    const draft = cleanup.track(
      'announcements',
      await payload.create({
        collection: 'announcements',
        data: { title: `Draft members-only ${Date.now()}`, body: lexical(['Draft only: not for anyone yet.']), audience: 'members', _status: 'draft' },
        context: { disableRevalidate: true },
      }),
    )
    const answer = await piece('news', await slugOf('announcements', draft.id), tokens.member)
    expect(answer.status).toBe(404)
    expect(answer.text).not.toContain('Draft only')
  })

  it('reads the piece in the page’s language: without Spanish text, the English text marked as such', async () => {
    const slug = await slugOf('pages', docs.get('pages')!.locked)
    const spanish = await piece('pages', slug, tokens.member, '?lang=es')
    expect(spanish.status).toBe(200)
    expect(JSON.parse(spanish.text)).toMatchObject({ kind: 'pages', item: { locked: false, englishOnly: true } })
    expect(spanish.text).toContain(TEXT.pages)
    expect(JSON.parse((await piece('pages', slug, tokens.member)).text)).toMatchObject({ item: { englishOnly: false } })
  })

  it('a forged or foreign token is a visitor', async () => {
    const slug = await slugOf('announcements', docs.get('announcements')!.locked)
    const forged = `${tokens.member!.slice(0, -4)}AAAA`
    expect((await piece('news', slug, forged)).status).toBe(401)
  })
})

describe('who is asking (lib/auth/viewer)', () => {
  const viewerOf = async (headers: Record<string, string>) => {
    const { viewerFromHeaders } = await import('@/lib/auth/viewer')
    return viewerFromHeaders(new Headers(headers))
  }

  it('tells visitor, member and staff apart from the request alone', async () => {
    expect(await viewerOf({})).toEqual({ kind: 'visitor' })
    expect(await viewerOf({ authorization: 'JWT not-a-token' })).toEqual({ kind: 'visitor' })
    expect(await viewerOf({ authorization: `JWT ${tokens.member}` })).toMatchObject({ kind: 'member', member: { id: memberUser.id } })
    expect(await viewerOf({ authorization: `JWT ${tokens.communications}` })).toMatchObject({ kind: 'staff', staff: { role: 'communications' } })
    // A session cookie counts only with a browser's same-origin marker (Payload's CSRF rule).
    expect(await viewerOf({ cookie: `payload-token=${tokens.member}` })).toEqual({ kind: 'visitor' })
    expect(await viewerOf({ cookie: `payload-token=${tokens.member}`, 'sec-fetch-site': 'same-origin' })).toMatchObject({ kind: 'member' })
  })

  it('costs one token check and one indexed query: the account comes back with ids, not populated relations', async () => {
    const viewer = await viewerOf({ authorization: `JWT ${tokens.member}` })
    expect(viewer.kind).toBe('member')
    const member = (viewer as { member: Member }).member
    expect(typeof member.region).toBe('number')
    const staff = await viewerOf({ authorization: `JWT ${tokens['regional-other']}` })
    const regions = (staff as { staff: { regions?: unknown[] } }).staff.regions ?? []
    expect(regions.length).toBeGreaterThan(0)
    for (const region of regions) expect(typeof region).toBe('number')
  })
})
