// Members-only content: listed to everyone (title, summary, audience, so the site can show a lock),
// its body readable only by signed-in members and staff — through the Local API, REST and GraphQL.
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

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
    const { findAnnouncementBySlug } = await import('@/lib/content/getAnnouncementBySlug')
    const { viewerRead } = await import('@/lib/content/viewer')
    const slug = await slugOf('announcements', docs.get('announcements')!.locked)
    const anonymous = await findAnnouncementBySlug(slug)
    expect(anonymous).toMatchObject({ membersOnly: true, locked: true, body: null })
    const member = await findAnnouncementBySlug(slug, viewerRead(memberUser))
    expect(member).toMatchObject({ membersOnly: true, locked: false })
    expect(JSON.stringify(member!.body)).toContain('Members-only details of the bonus.')
    const open = await findAnnouncementBySlug(await slugOf('announcements', docs.get('announcements')!.open))
    expect(open).toMatchObject({ membersOnly: false, locked: false })
  })

  it('bargaining updates, campaigns and pages lock the same way', async () => {
    const { findBargainingUpdateBySlug } = await import('@/lib/content/getBargainingUpdateBySlug')
    const { findCampaignBySlug } = await import('@/lib/content/getCampaignBySlug')
    const { findPageBySlug } = await import('@/lib/content/getPageBySlug')
    const { viewerRead } = await import('@/lib/content/viewer')
    const update = await slugOf('bargaining-updates', docs.get('bargaining-updates')!.locked)
    const campaign = await slugOf('campaigns', docs.get('campaigns')!.locked)
    const page = await slugOf('pages', docs.get('pages')!.locked)
    expect(await findBargainingUpdateBySlug(update)).toMatchObject({ locked: true, body: null })
    expect(await findBargainingUpdateBySlug(update, viewerRead(memberUser))).toMatchObject({ locked: false })
    expect(await findCampaignBySlug(campaign)).toMatchObject({ locked: true, body: null })
    expect(await findPageBySlug(page)).toMatchObject({ locked: true, blocks: [] })
    expect((await findPageBySlug(page, viewerRead(memberUser)))!.blocks).toHaveLength(1)
  })

  it('lists carry the lock; the leadership roster hides a members-only bio from visitors only', async () => {
    const { findNewsList } = await import('@/lib/content/getNewsList')
    const { findLeadership } = await import('@/lib/content/getLeadership')
    const { viewerRead } = await import('@/lib/content/viewer')
    const leaderId = docs.get('leadership')!.locked
    const leaderSlug = String((await payload.findByID({ collection: 'leadership', id: leaderId, depth: 0, overrideAccess: true })).slug)
    const find = (roster: Awaited<ReturnType<typeof findLeadership>>) => [...roster.current, ...roster.past].find((leader) => leader.slug === leaderSlug)
    expect(find(await findLeadership())).toMatchObject({ membersOnly: true, locked: true, bio: null })
    expect(find(await findLeadership(viewerRead(memberUser)))).toMatchObject({ locked: false, bio: 'Members-only biography.' })
    // Fixtures are the newest announcements, so they are on the first page of /news.
    const { items } = await findNewsList({ regionId: null, topic: null, localId: null, year: null, page: 1 })
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
    const xml = buildRss({ title: 'What’s new', description: 'Everything', path: '/feed.xml', siteName: 'Coalition' }, await findWhatsNew({ regionId: null, limit: 30 }))
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
