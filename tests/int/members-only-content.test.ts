// Members-only content: listed to everyone (title, summary, audience, so the site can show a lock),
// its body readable only by signed-in members and staff — through the Local API, REST and GraphQL.
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexical } from '@/lib/seed/lexical'
import { seed } from '@/lib/seed'
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
      return cleanup.track(collection, doc as { id: number }).id
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
    const anonymous = await payload.findByID({ collection: collection as CollectionSlug, id: locked, overrideAccess: false, depth: 0 })
    expect(shows(anonymous, field)).toBe(false)
    expect((anonymous as { audience?: string }).audience).toBe('members')
    const member = await payload.findByID({ collection: collection as CollectionSlug, id: locked, overrideAccess: false, user: memberUser, depth: 0 })
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
