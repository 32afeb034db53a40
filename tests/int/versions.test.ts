import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/scripts/seed/index'

import { type Actor, loadActors, type Role } from '../helpers/actors'
import { makeDoc, regionId } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'

let payload: Payload
let actors: Record<Role, Actor>
let doc: { id: number }

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  actors = await loadActors(payload)
  const ncal = await regionId(payload, 'ncal')
  doc = await makeDoc(payload, 'announcements', { regions: [ncal], status: 'published', title: 'Public headline' })
  // A newer, unpublished edit: must never reach the public.
  await payload.update({ collection: 'announcements', id: doc.id, data: { title: 'Unpublished edit' }, draft: true })
})

describe('drafts and old versions never leak', () => {
  it('anonymous ?draft=true gets the published version', async () => {
    const response = await rest(`/api/announcements/${doc.id}?draft=true`)
    expect(response.status).toBe(200)
    expect(response.json.title).toBe('Public headline')
    // Lists with ?draft=true read the latest versions, so for anonymous readers the post drops out
    // rather than showing the edit.
    const list = await rest(`/api/announcements?draft=true&where[id][equals]=${doc.id}`)
    expect(list.status).toBe(200)
    expect(list.text).not.toContain('Unpublished edit')
  })

  it('staff with ?draft=true see the newer edit', async () => {
    const response = await rest(`/api/announcements/${doc.id}?draft=true`, { token: actors.communications.token })
    expect(response.json.title).toBe('Unpublished edit')
  })

  it('anonymous cannot list or read versions over REST', async () => {
    const list = await rest('/api/announcements/versions')
    expect(list.status).toBe(403)
    const versions = await payload.findVersions({ collection: 'announcements', where: { parent: { equals: doc.id } }, limit: 1 })
    const one = await rest(`/api/announcements/versions/${versions.docs[0]!.id}`)
    expect([403, 404]).toContain(one.status)
    expect(one.text).not.toContain('Unpublished edit')
  })

  it('anonymous GraphQL gets the published title and no versions', async () => {
    const single = await graphql<{ Announcement: { title: string } | null }>(`{ Announcement(id: ${doc.id}, draft: true) { title } }`)
    expect(single.data?.Announcement?.title).toBe('Public headline')
    const versions = await graphql('{ versionsAnnouncements { docs { id version { title } } } }')
    expect(JSON.stringify(versions)).not.toContain('Unpublished edit')
    expect(versions.data?.versionsAnnouncements?.docs ?? []).toHaveLength(0)
  })

  it('staff from another region see no versions of this region’s post', async () => {
    const response = await rest(`/api/announcements/versions?where[parent][equals]=${doc.id}`, { token: actors['regional-other'].token })
    expect(response.status).toBe(200)
    expect(response.json.docs).toHaveLength(0)
    const own = await rest(`/api/announcements/versions?where[parent][equals]=${doc.id}`, { token: actors['regional-own'].token })
    expect(own.json.docs!.length).toBeGreaterThan(0)
  })
})

describe('staff-only fields', () => {
  it('are absent from anonymous responses', async () => {
    const response = await rest(`/api/announcements/${doc.id}`)
    for (const field of ['createdBy', 'updatedBy', 'publishedBy', 'lastPublishedAt']) {
      expect(response.json).not.toHaveProperty(field)
    }
    const staff = await rest(`/api/announcements/${doc.id}`, { token: actors.admin.token })
    expect(staff.json).toHaveProperty('lastPublishedAt')
  })

  it('cannot be queried by anonymous readers', async () => {
    const response = await rest(`/api/announcements?where[createdBy][exists]=true`)
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })

  it('password hashes are not queryable even by staff', async () => {
    const response = await rest('/api/users?where[hash][exists]=true', { token: actors.admin.token })
    expect(response.status).toBe(400)
    expect(response.json.docs).toBeUndefined()
    expect(response.text).toContain('QueryError')
  })
})
