// The access table of the content model: every role × collection × operation, through the Local API
// (overrideAccess: false + user) and REST, with GraphQL for reads. Each cell checks what actually
// happened in the database, not just the status code.
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/scripts/seed/index'

import { applyReviewAction } from '@/lib/review/applyReviewAction'

import { type Actor, loadActors, reqFor, type Role, ROLES } from '../helpers/actors'
import { CONTENT_COLLECTIONS, contentData, type ContentSlug, GRAPHQL_LIST, makeDoc, regionId, TITLE_FIELD } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'
import { scheduleAs } from '../helpers/schedule'

const OPS = ['create', 'read draft', 'read published', 'update', 'publish', 'schedule', 'unpublish', 'submit for review', 'approve', 'delete', 'edit coalition-wide'] as const
type Op = (typeof OPS)[number]
type Api = 'local' | 'rest'

const EDITORS: Role[] = ['admin', 'communications', 'regional-own']
// Northern California is not a trusted region: its staff submit for review (tests/int/review.test.ts
// covers trusted regions, members and every review step).
const DECIDERS: Role[] = ['admin', 'communications']
const ALLOWED: Record<Op, Role[]> = {
  create: EDITORS,
  'read draft': EDITORS,
  'read published': [...ROLES],
  update: EDITORS,
  publish: DECIDERS,
  schedule: DECIDERS,
  unpublish: EDITORS,
  'submit for review': EDITORS,
  approve: DECIDERS,
  delete: EDITORS,
  'edit coalition-wide': ['admin', 'communications'],
}

let payload: Payload
let actors: Record<Role, Actor>
let ncal: number
const results = new Map<string, boolean>()

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  actors = await loadActors(payload)
  ncal = await regionId(payload, 'ncal')
})

afterAll(() => {
  // The table for the closing note: one row per operation, ✓ where every collection and API allowed it.
  const lines = [`| operation | ${ROLES.join(' | ')} |`, `| --- | ${ROLES.map(() => '---').join(' | ')} |`]
  for (const op of OPS) {
    const cells = ROLES.map((role) => {
      const values = [...results].filter(([key]) => key.startsWith(`${op}|${role}|`)).map(([, value]) => value)
      return values.every(Boolean) ? '✓' : values.some(Boolean) ? 'mixed' : '✗'
    })
    lines.push(`| ${op} | ${cells.join(' | ')} |`)
  }
  console.log(`\nAccess matrix (${CONTENT_COLLECTIONS.length} collections × Local API + REST):\n${lines.join('\n')}\n`)
})

const withoutAccess = { overrideAccess: true, draft: true, depth: 0 } as const

async function current(collection: ContentSlug, id: number) {
  const found = await payload.find({ collection, where: { id: { equals: id } }, ...withoutAccess })
  return found.docs[0] as Record<string, unknown> | undefined
}

async function published(collection: ContentSlug, id: number) {
  const found = await payload.find({ collection, where: { id: { equals: id } }, overrideAccess: true, depth: 0 })
  return found.docs[0] as Record<string, unknown> | undefined
}

/** Runs `local` or `rest`; a refusal (thrown error or 4xx) counts as "not done", anything else as attempted. */
async function via(api: Api, local: () => Promise<unknown>, restCall: () => Promise<{ status: number }>) {
  if (api === 'local') {
    try {
      await local()
    } catch (error) {
      const status = (error as { status?: number }).status ?? 500
      expect(status, String(error)).toBeLessThan(500)
    }
    return
  }
  const { status } = await restCall()
  expect(status).toBeLessThan(500)
}

async function attempt(collection: ContentSlug, op: Op, actor: Actor, api: Api): Promise<boolean> {
  const slug = collection as CollectionSlug
  const asActor = { overrideAccess: false, user: actor.user } as const
  const titleField = TITLE_FIELD[collection]
  const newTitle = `Edited by ${actor.role} ${Date.now()}`

  switch (op) {
    case 'create': {
      const data: Record<string, unknown> = { ...contentData(collection), regions: [ncal] }
      await via(
        api,
        () => payload.create({ collection: slug, data, draft: true, ...asActor }),
        () => rest(`/api/${collection}?draft=true`, { method: 'POST', token: actor.token, body: data }),
      )
      const found = await payload.find({ collection: slug, where: { [titleField]: { equals: data[titleField] } }, ...withoutAccess })
      return found.totalDocs === 1
    }
    case 'read draft':
    case 'read published': {
      const doc = await makeDoc(payload, collection, { regions: [ncal], status: op === 'read draft' ? 'draft' : 'published' })
      const draft = op === 'read draft'
      if (api === 'local') {
        try {
          const read = await payload.findByID({ collection: slug, id: doc.id, draft, ...asActor })
          return read?.id === doc.id
        } catch {
          return false
        }
      }
      const response = await rest(`/api/${collection}/${doc.id}${draft ? '?draft=true' : ''}`, { token: actor.token })
      return response.status === 200 && response.json?.id === doc.id
    }
    case 'update':
    case 'edit coalition-wide': {
      const doc = await makeDoc(payload, collection, { regions: op === 'update' ? [ncal] : [] })
      await via(
        api,
        () => payload.update({ collection: slug, id: doc.id, data: { [titleField]: newTitle }, draft: true, ...asActor }),
        () => rest(`/api/${collection}/${doc.id}?draft=true`, { method: 'PATCH', token: actor.token, body: { [titleField]: newTitle } }),
      )
      return (await current(collection, doc.id))?.[titleField] === newTitle
    }
    case 'publish': {
      const doc = await makeDoc(payload, collection, { regions: [ncal] })
      await via(
        api,
        () => payload.update({ collection: slug, id: doc.id, data: { _status: 'published' }, ...asActor }),
        () => rest(`/api/${collection}/${doc.id}`, { method: 'PATCH', token: actor.token, body: { _status: 'published' } }),
      )
      return (await published(collection, doc.id))?._status === 'published'
    }
    case 'schedule': {
      // Through the admin's schedule-publish server function (REST has no route for scheduling).
      const doc = await makeDoc(payload, collection, { regions: [ncal] })
      if (actor.user) {
        await scheduleAs(payload, actor, doc.id, 'publish', new Date(Date.now() - 1000), slug)
      } else {
        // Anonymous never reaches the admin; the Local API's queue access refuses it too.
        await payload.jobs
          .queue({ task: 'schedulePublish', input: { type: 'publish', doc: { relationTo: collection, value: doc.id } }, overrideAccess: false })
          .catch((error: { status?: number }) => expect(error.status).toBe(403))
      }
      await payload.jobs.run({ queue: 'default', limit: 100 })
      return (await published(collection, doc.id))?._status === 'published'
    }
    case 'unpublish': {
      const doc = await makeDoc(payload, collection, { regions: [ncal], status: 'published' })
      await via(
        api,
        () => payload.update({ collection: slug, id: doc.id, data: { _status: 'draft' }, ...asActor }),
        () => rest(`/api/${collection}/${doc.id}`, { method: 'PATCH', token: actor.token, body: { _status: 'draft' } }),
      )
      return (await published(collection, doc.id))?._status !== 'published'
    }
    case 'submit for review':
    case 'approve': {
      const doc = await makeDoc(payload, collection, { regions: [ncal] })
      const editor = actors['regional-own']
      if (op === 'approve') await applyReviewAction(await reqFor(payload, editor), editor.user!, collection, doc.id, { action: 'submit' })
      const action = op === 'approve' ? 'approve' : 'submit'
      await via(
        api,
        async () => {
          // The Local API's review step is the endpoint's domain function; it needs a staff member.
          if (!actor.user) throw Object.assign(new Error('Sign in to review items.'), { status: 401 })
          return applyReviewAction(await reqFor(payload, actor), actor.user, collection, doc.id, { action })
        },
        () => rest(`/api/${collection}/${doc.id}/review`, { method: 'POST', token: actor.token, body: { action } }),
      )
      const review = ((await current(collection, doc.id))?.review ?? {}) as { state?: string }
      return review.state === (op === 'approve' ? 'approved' : 'submitted')
    }
    case 'delete': {
      const doc = await makeDoc(payload, collection, { regions: [ncal] })
      await via(
        api,
        () => payload.delete({ collection: slug, id: doc.id, ...asActor }),
        () => rest(`/api/${collection}/${doc.id}`, { method: 'DELETE', token: actor.token }),
      )
      return (await current(collection, doc.id)) === undefined
    }
  }
}

describe.each(CONTENT_COLLECTIONS)('%s', (collection) => {
  for (const op of OPS) {
    const apis: Api[] = op === 'schedule' ? ['local'] : ['local', 'rest']
    for (const role of ROLES) {
      for (const api of apis) {
        const expected = ALLOWED[op].includes(role)
        it(`${op} · ${role} · ${api} → ${expected ? 'allowed' : 'refused'}`, async () => {
          const done = await attempt(collection, op, actors[role], api)
          results.set(`${op}|${role}|${collection}|${api}`, done)
          expect(done).toBe(expected)
        })
      }
    }
  }

  it.each(ROLES)('GraphQL: %s reads drafts only where allowed, published always', async (role) => {
    const draft = await makeDoc(payload, collection, { regions: [ncal] })
    const live = await makeDoc(payload, collection, { regions: [ncal], status: 'published' })
    const list = GRAPHQL_LIST[collection]
    const response = await graphql(`{ ${list}(draft: true, where: { OR: [{ id: { equals: ${draft.id} } }, { id: { equals: ${live.id} } }] }) { docs { id } } }`, actors[role].token)
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined()
    const ids = (response.data?.[list]?.docs ?? []).map((doc) => Number(doc.id))
    expect(ids).toContain(live.id)
    expect(ids.includes(draft.id)).toBe(ALLOWED['read draft'].includes(role))
  })
})

describe('regional staff and their own account', () => {
  it('cannot change their own role or regions, through REST or the Local API', async () => {
    const editor = actors['regional-own']
    const scal = await regionId(payload, 'scal')
    const response = await rest(`/api/users/${editor.user!.id}`, {
      method: 'PATCH',
      token: editor.token,
      body: { role: 'admin', regions: [ncal, scal], name: 'Renamed Editor' },
    })
    expect(response.status).toBe(200)
    await payload
      .update({ collection: 'users', id: editor.user!.id, data: { role: 'admin' }, overrideAccess: false, user: editor.user })
      .catch(() => undefined)
    const stored = await payload.findByID({ collection: 'users', id: editor.user!.id, depth: 0 })
    expect(stored.role).toBe('regional')
    expect(stored.regions).toEqual([ncal])
    expect(stored.name).toBe('Renamed Editor')
  })

  it('get a readable error when creating content for another region', async () => {
    const response = await rest('/api/announcements?draft=true', {
      method: 'POST',
      token: actors['regional-other'].token,
      body: { title: 'Wrong region', regions: [ncal] },
    })
    expect(response.status).toBe(400)
    expect(response.text).toContain('only their own regions')
  })
})

// The activity log (collections/Activity): read by role and region, written by no API at all.
describe('activity', () => {
  const READS: Record<Role, boolean> = { admin: true, communications: true, 'regional-own': true, 'regional-other': false, anonymous: false }
  for (const role of ROLES) {
    for (const api of ['local', 'rest'] as Api[]) {
      it(`read an NCAL entry · ${role} · ${api} → ${READS[role] ? 'allowed' : 'refused'}; create, update, delete → refused`, async () => {
        const doc = await makeDoc(payload, 'announcements', { regions: [ncal] })
        const entry = (await payload.find({ collection: 'activity', where: { documentId: { equals: String(doc.id) }, collectionSlug: { equals: 'announcements' } }, overrideAccess: true, depth: 0, limit: 1 })).docs[0]!
        const asActor = { overrideAccess: false, user: actors[role].user } as const
        const forged = { at: new Date().toISOString(), actor: `Forged by ${role}`, action: 'created', collectionSlug: 'pages', documentId: '1' } as const
        let read = false
        if (api === 'local') {
          read = actors[role].user ? (await payload.find({ collection: 'activity', where: { id: { equals: entry.id } }, ...asActor })).totalDocs === 1 : false
          await via(api, () => payload.create({ collection: 'activity', data: forged, ...asActor }), () => Promise.resolve({ status: 403 }))
          await via(api, () => payload.update({ collection: 'activity', id: entry.id, data: { actor: forged.actor }, ...asActor }), () => Promise.resolve({ status: 403 }))
          await via(api, () => payload.delete({ collection: 'activity', id: entry.id, ...asActor }), () => Promise.resolve({ status: 403 }))
        } else {
          const token = actors[role].token
          read = (await rest(`/api/activity/${entry.id}`, { token })).status === 200
          expect((await rest('/api/activity', { method: 'POST', token, body: forged })).status).toBeGreaterThanOrEqual(400)
          expect((await rest(`/api/activity/${entry.id}`, { method: 'PATCH', token, body: { actor: forged.actor } })).status).toBeGreaterThanOrEqual(400)
          expect((await rest(`/api/activity/${entry.id}`, { method: 'DELETE', token })).status).toBeGreaterThanOrEqual(400)
        }
        expect(read).toBe(READS[role])
        expect(await payload.findByID({ collection: 'activity', id: entry.id, overrideAccess: true, depth: 0 })).toEqual(entry)
        expect((await payload.find({ collection: 'activity', where: { actor: { equals: forged.actor } }, overrideAccess: true })).totalDocs).toBe(0)
      })
    }
  }
})
