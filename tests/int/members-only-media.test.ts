// Members-only files: a file a members-only item uses (or that staff mark members-only) is never
// listed, described or served to anyone but signed-in members and staff — REST, GraphQL, the Local
// API and the file URL — and follows the items as they change. Checks the bytes, not just the status.
import fs from 'node:fs'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { mediaSourceCollections, mediaUsageRules } from '@/collections/shared/hooks/syncMediaVisibility'
import { VISITOR } from '@/lib/auth/viewer'
import { PRIVATE_FILE_CACHE, PUBLIC_FILE_CACHE } from '@/lib/media/servePrivateFile'
import { rebuildMediaUsage } from '@/lib/media/rebuildMediaUsage'
import { seed } from '@/scripts/seed/index'
import { bannerPng, simplePdf } from '@/scripts/seed/assets'
import { lexical } from '@/scripts/seed/lexical'
import { OFFER_PDF } from '@/scripts/seed/content/memberFiles'
import type { Announcement, Media, Member, User } from '@/payload-types'

import { loadActors } from '../helpers/actors'
import { regionId } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'
import { contentCleanup, signUpAndConfirm } from './members-fixtures'

type Actor = 'anonymous' | 'member' | 'staff'
const ACTORS: Actor[] = ['anonymous', 'member', 'staff']
type File = { id: number; filename: string; text: string; size: number; thumbnail?: string }

let payload: Payload
const tokens: Partial<Record<Actor, string>> = {}
const users: Partial<Record<Actor, (Member & { collection: 'members' }) | (User & { collection: 'users' })>> = {}
const cleanup = contentCleanup(() => payload)
const uploaded: number[] = []
const stamp = Date.now()
let counter = 0
const observed: string[] = []

afterAll(async () => {
  // What the tests saw, as tables (for the closing note).
  fs.mkdirSync('tests/artifacts', { recursive: true })
  fs.writeFileSync('tests/artifacts/members-only-media-matrix.md', observed.join('\n') + '\n')
  await cleanup.run()
  if (uploaded.length > 0) await payload.delete({ collection: 'media', where: { id: { in: uploaded } }, overrideAccess: true, context: { disableRevalidate: true } })
})

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  const actors = await loadActors(payload)
  tokens.staff = actors.communications.token
  users.staff = actors.communications.user
  const member = await signUpAndConfirm(payload, await regionId(payload, 'ncal'))
  tokens.member = member.token
  users.member = { ...(await payload.findByID({ collection: 'members', id: member.id })), collection: 'members' }
})

async function upload(label: string, { image = false, membersOnly = false } = {}): Promise<File> {
  const line = `${label} ${stamp}-${++counter}`
  const data = image ? await bannerPng(line, 200, 800, 600) : simplePdf([line])
  const name = `mo-${stamp}-${counter}.${image ? 'png' : 'pdf'}`
  const doc = await payload.create({
    collection: 'media',
    data: { alt: line, membersOnly },
    file: { data, mimetype: image ? 'image/png' : 'application/pdf', name, size: data.length },
    context: { disableRevalidate: true },
  })
  uploaded.push(doc.id)
  return { id: doc.id, filename: doc.filename!, text: data.toString('utf8'), size: data.length, thumbnail: doc.sizes?.thumbnail?.filename ?? undefined }
}

const attach = (...files: File[]) => files.map((file, index) => ({ label: `File ${index + 1}`, kind: 'file' as const, file: file.id }))
const title = (what: string) => `${what} ${stamp}-${++counter}`

async function announcement(audience: 'public' | 'members', data: Partial<Announcement>, status: 'published' | 'draft' = 'published', { track = true } = {}) {
  const doc = await payload.create({
    collection: 'announcements',
    data: { title: title('Announcement'), audience, _status: status, ...data },
    draft: status === 'draft',
    context: { disableRevalidate: true },
  })
  return track ? cleanup.track('announcements', doc).id : doc.id
}

const visibilityOf = async (file: File) => (await payload.findByID({ collection: 'media', id: file.id, overrideAccess: true, depth: 0 })).visibility

/** Staff edits over REST, as the admin does: hooks, access and the request's transaction all apply. */
async function staffPatch(collection: string, id: number, body: Record<string, unknown>, query = '') {
  const response = await rest(`/api/${collection}/${id}${query}`, { method: 'PATCH', token: tokens.staff, body })
  expect(response.status, response.text).toBe(200)
}

type Seen = { list: boolean; byId: number; graphqlById: boolean; graphqlList: boolean; localApi: boolean; file: number; bytes: boolean; cacheControl: string | null }

/** What one person gets for one file over every route. */
async function seenBy(actor: Actor, file: File, { filename, text, size }: { filename: string; text: string; size: number } = file): Promise<Seen> {
  const token = tokens[actor]
  const list = await rest(`/api/media?where[id][in]=${file.id}&depth=0&limit=5`, { token })
  expect(list.status).toBe(200)
  const byId = await rest(`/api/media/${file.id}?depth=0`, { token })
  const one = await graphql(`{ Media(id: ${file.id}) { id filename } }`, token)
  const many = await graphql(`{ allMedia(where: { id: { equals: ${file.id} } }) { docs { id filename } } }`, token)
  const local = await payload.find({ collection: 'media', where: { id: { equals: file.id } }, overrideAccess: false, user: users[actor], depth: 0 })
  const served = await rest(`/api/media/file/${encodeURIComponent(filename)}`, { token })
  if (served.status !== 200) expect(served.text).not.toContain(text.slice(0, 200))
  const seen: Seen = {
    list: list.json.docs!.some((doc) => doc.id === file.id),
    byId: byId.status,
    graphqlById: (one.data?.Media as { filename?: string } | null | undefined)?.filename === file.filename,
    graphqlList: (many.data?.allMedia?.docs ?? []).some((doc) => doc.id === file.id),
    localApi: local.docs.length === 1,
    file: served.status,
    bytes: served.status === 200 && served.text === text && served.headers.get('content-length') === String(size),
    cacheControl: served.headers.get('cache-control'),
  }
  // The described document never leaks through the by-id answer either.
  if (byId.status !== 200) expect(byId.text).not.toContain(file.filename)
  return seen
}

const OPEN = (cacheControl: string): Omit<Seen, 'bytes'> & { bytes: true } => ({ list: true, byId: 200, graphqlById: true, graphqlList: true, localApi: true, file: 200, bytes: true, cacheControl })
const CLOSED: Seen = { list: false, byId: 404, graphqlById: false, graphqlList: false, localApi: false, file: 403, bytes: false, cacheControl: null }

function record(title: string, rows: Array<[Actor, Seen]>) {
  observed.push(`\n### ${title}\n`, '| actor | GET /api/media (listed) | GET /api/media/:id | GraphQL Media(id) | GraphQL allMedia | Local API | file URL | exact bytes | Cache-Control |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const [actor, seen] of rows) {
    observed.push(`| ${actor} | ${seen.list ? 'yes' : 'no'} | ${seen.byId} | ${seen.graphqlById ? 'doc' : 'null'} | ${seen.graphqlList ? 'listed' : 'absent'} | ${seen.localApi ? 'found' : 'none'} | ${seen.file} | ${seen.bytes ? 'yes' : 'none'} | ${seen.cacheControl ?? '–'} |`)
  }
}

/** Anonymous: closed; member and staff: the exact bytes, sent private. */
async function expectMembersOnly(title: string, file: File) {
  const rows: Array<[Actor, Seen]> = []
  for (const actor of ACTORS) rows.push([actor, await seenBy(actor, file)])
  record(title, rows)
  expect(Object.fromEntries(rows)).toEqual({ anonymous: CLOSED, member: OPEN(PRIVATE_FILE_CACHE), staff: OPEN(PRIVATE_FILE_CACHE) })
}

/** Everyone: the exact bytes, cacheable. */
async function expectPublic(title: string, file: File) {
  const rows: Array<[Actor, Seen]> = []
  for (const actor of ACTORS) rows.push([actor, await seenBy(actor, file)])
  record(title, rows)
  expect(Object.fromEntries(rows)).toEqual({ anonymous: OPEN(PUBLIC_FILE_CACHE), member: OPEN(PUBLIC_FILE_CACHE), staff: OPEN(PUBLIC_FILE_CACHE) })
}

describe('the file matrix: anonymous / member / staff × list, by id, GraphQL, Local API, file URL', () => {
  it('a members-only item’s attachment is open to members and staff only', async () => {
    const file = await upload('Tentative agreement summary')
    await announcement('members', { attachments: attach(file) })
    expect(await visibilityOf(file)).toBe('members')
    await expectMembersOnly('Attachment of a members-only announcement', file)
  })

  it('a public item’s attachment is public and cacheable', async () => {
    const file = await upload('Public flyer')
    await announcement('public', { attachments: attach(file) })
    await expectPublic('Attachment of a public announcement', file)
  })

  it('a file shared by a public and a members-only item is public', async () => {
    const file = await upload('Shared summary')
    await announcement('members', { attachments: attach(file) })
    expect(await visibilityOf(file)).toBe('members')
    await announcement('public', { attachments: attach(file) })
    await expectPublic('Shared by a public and a members-only announcement', file)
  })

  it('a file staff mark members-only stays closed on a public item, and opens when unmarked', async () => {
    const file = await upload('Staff-marked letter', { membersOnly: true })
    await announcement('public', { attachments: attach(file) })
    await expectMembersOnly('Marked members only by staff (used by a public announcement)', file)
    await staffPatch('media', file.id, { membersOnly: false })
    expect(await visibilityOf(file)).toBe('public')
  })

  it('image sizes follow their file: a members-only image’s thumbnail URL is closed to visitors', async () => {
    const image = await upload('Bargaining table photo', { image: true })
    await announcement('members', { attachments: attach(image) })
    expect(image.thumbnail).toBeTruthy()
    const onDisk = fs.readFileSync(path.join(payload.collections.media.config.upload.staticDir!, image.thumbnail!))
    const variant = { filename: image.thumbnail!, text: onDisk.toString('utf8'), size: onDisk.length }
    const rows: Array<[Actor, Seen]> = []
    for (const actor of ACTORS) rows.push([actor, await seenBy(actor, image, variant)])
    record('Members-only image, its thumbnail size URL', rows)
    expect(Object.fromEntries(rows.map(([actor, seen]) => [actor, [seen.file, seen.bytes, seen.cacheControl]]))).toEqual({
      anonymous: [403, false, null],
      member: [200, true, PRIVATE_FILE_CACHE],
      staff: [200, true, PRIVATE_FILE_CACHE],
    })
    const thumb = await rest(`/api/media/file/${image.thumbnail}`, { token: tokens.member })
    expect(thumb.headers.get('content-type')).toBe('image/png')
  })

  it('a visitor learns nothing from queries that try to reach closed files', async () => {
    const file = await upload('Grievance strategy')
    await announcement('members', { attachments: attach(file) })
    const byFilename = await rest(`/api/media?where[filename][equals]=${encodeURIComponent(file.filename)}`)
    expect(byFilename.json.docs).toEqual([])
    const byVisibility = await rest(`/api/media?where[visibility][equals]=members&limit=100`)
    expect(byVisibility.json.docs).toEqual([])
    const count = await rest(`/api/media/count?where[id][equals]=${file.id}`)
    expect(count.json.totalDocs).toBe(0)
    // Someone guessing at `usedBy` gets nothing either: it is staff-only.
    const publicFile = await upload('Public poster')
    await announcement('public', { attachments: attach(publicFile) })
    const anonymous = await rest(`/api/media/${publicFile.id}?depth=0`)
    expect(anonymous.json.usedBy ?? []).toEqual([])
    const member = await rest(`/api/media/${publicFile.id}?depth=0`, { token: tokens.member })
    expect(member.json.usedBy ?? []).toEqual([])
    const staff = await rest(`/api/media/${publicFile.id}?depth=0`, { token: tokens.staff })
    expect(staff.json.usedBy).toMatchObject([{ collection: 'announcements', reach: 'everyone' }])
  })

  it('staff cannot write the computed fields directly', async () => {
    const file = await upload('Closed minutes')
    await announcement('members', { attachments: attach(file) })
    await staffPatch('media', file.id, { visibility: 'public', usedBy: [{ key: 'pages:1', collection: 'pages', item: 1, reach: 'everyone' }] })
    const doc = await payload.findByID({ collection: 'media', id: file.id, overrideAccess: true, depth: 0 })
    expect(doc.visibility).toBe('members')
    expect(doc.usedBy?.map((row) => row.reach)).toEqual(['members'])
  })
})

describe('visibility follows the items that use a file', () => {
  it('public → members hides the attachment, members → public shows it again', async () => {
    const file = await upload('Ratification vote guide')
    const id = await announcement('public', { attachments: attach(file) })
    expect((await seenBy('anonymous', file)).file).toBe(200)
    await staffPatch('announcements', id, { audience: 'members' })
    expect(await visibilityOf(file)).toBe('members')
    await expectMembersOnly('After its announcement moved from public to members only', file)
    await staffPatch('announcements', id, { audience: 'public' })
    await expectPublic('After it moved back to public', file)
  })

  it('editing attachments: a removed file closes, an added one opens', async () => {
    const [first, second] = [await upload('Old schedule'), await upload('New schedule')]
    const id = await announcement('public', { attachments: attach(first) })
    expect([await visibilityOf(first), await visibilityOf(second)]).toEqual(['public', 'members'])
    await staffPatch('announcements', id, { attachments: attach(second) })
    expect([await visibilityOf(first), await visibilityOf(second)]).toEqual(['members', 'public'])
    expect((await seenBy('anonymous', first)).file).toBe(403)
  })

  it('unpublishing and deleting an item close its files; a left-over file does not become public', async () => {
    const [kept, gone] = [await upload('Unpublished notice'), await upload('Deleted notice')]
    const unpublish = await announcement('public', { attachments: attach(kept) })
    // Deleted by the test itself, so not left for the clean-up.
    const remove = await announcement('public', { attachments: attach(gone) }, 'published', { track: false })
    await staffPatch('announcements', unpublish, { _status: 'draft' })
    expect(await visibilityOf(kept)).toBe('members')
    const deleted = await rest(`/api/announcements/${remove}`, { method: 'DELETE', token: tokens.staff })
    expect(deleted.status).toBe(200)
    expect(await visibilityOf(gone)).toBe('members')
    expect((await payload.findByID({ collection: 'media', id: gone.id, overrideAccess: true })).usedBy).toEqual([])
    // Published again: public again.
    await staffPatch('announcements', unpublish, { _status: 'published' })
    expect(await visibilityOf(kept)).toBe('public')
  })

  it('drafts never make a file public: a new draft, or a draft over a published item, waits for publishing', async () => {
    const [inMembersDraft, inPublicDraft, added] = [await upload('Draft TA summary'), await upload('Draft flyer'), await upload('Added in draft')]
    await announcement('members', { attachments: attach(inMembersDraft) }, 'draft')
    const draftId = await announcement('public', { attachments: attach(inPublicDraft) }, 'draft')
    expect([await visibilityOf(inMembersDraft), await visibilityOf(inPublicDraft)]).toEqual(['members', 'members'])
    await expectMembersOnly('Used only by an unpublished draft', inMembersDraft)
    await staffPatch('announcements', draftId, { _status: 'published' })
    expect(await visibilityOf(inPublicDraft)).toBe('public')

    // A published public item: a draft that adds a file or turns the item members-only changes nothing yet.
    await staffPatch('announcements', draftId, { attachments: attach(inPublicDraft, added), audience: 'members' }, '?draft=true&autosave=true')
    expect([await visibilityOf(inPublicDraft), await visibilityOf(added)]).toEqual(['public', 'members'])
    const staff = await rest(`/api/media/${added.id}?depth=0`, { token: tokens.staff })
    expect(staff.json.usedBy).toMatchObject([{ reach: 'draft' }])
    // Publishing that draft applies it: the item is now members-only, so both files close.
    await staffPatch('announcements', draftId, { attachments: attach(inPublicDraft, added), audience: 'members', _status: 'published' })
    expect([await visibilityOf(inPublicDraft), await visibilityOf(added)]).toEqual(['members', 'members'])
  })

  it('a scheduled publish and a restored version change a file’s visibility like any save', async () => {
    const file = await upload('Scheduled notice')
    const id = await announcement('public', { attachments: attach(file) }, 'draft')
    expect(await visibilityOf(file)).toBe('members')
    await payload.jobs.queue({
      task: 'schedulePublish',
      // The admin stores the id as a string (payload#10481), as the seed's schedule does.
      input: { type: 'publish', doc: { relationTo: 'announcements', value: String(id) as unknown as number }, user: { relationTo: 'users', value: users.staff!.id } },
      waitUntil: new Date(Date.now() - 1000),
    })
    await payload.jobs.run({ queue: 'default' })
    expect(await visibilityOf(file)).toBe('public')

    await staffPatch('announcements', id, { attachments: [] })
    expect(await visibilityOf(file)).toBe('members')
    const { docs } = await payload.findVersions({ collection: 'announcements', where: { parent: { equals: id }, 'version._status': { equals: 'published' } }, sort: 'createdAt', depth: 0 })
    expect(docs[0]!.version.attachments).toHaveLength(1)
    await payload.restoreVersion({ collection: 'announcements', id: docs[0]!.id, depth: 0, context: { disableRevalidate: true } })
    expect(await visibilityOf(file)).toBe('public')
  })

  it('two items saved at once that share a file: neither change is lost', async () => {
    for (let round = 0; round < 3; round += 1) {
      const shared = await upload('Shared in parallel')
      const [first, second] = [await announcement('public', { attachments: attach(shared) }), await announcement('public', { attachments: attach(shared) })]
      // Each save runs in its own transaction; both rewrite the same file's rows.
      await Promise.all([first, second].map((id) => payload.update({ collection: 'announcements', id, data: { attachments: [] }, context: { disableRevalidate: true } })))
      const doc = await payload.findByID({ collection: 'media', id: shared.id, overrideAccess: true, depth: 0 })
      expect({ visibility: doc.visibility, usedBy: doc.usedBy }).toEqual({ visibility: 'members', usedBy: [] })
    }
  })

  it('new uploads no item uses yet are closed', async () => {
    const file = await upload('Just uploaded')
    await expectMembersOnly('Uploaded, not used by any item', file)
  })
})

describe('which uses count: what the site shows visitors of a members-only item stays public', () => {
  it('hero image and campaign call-to-action file: shown on the public card and page, so public', async () => {
    const [hero, background, toolkit] = [await upload('Hero', { image: true }), await upload('Virtual background'), await upload('Toolkit letter')]
    await announcement('members', { heroImage: hero.id })
    const campaign = await payload.create({
      collection: 'campaigns',
      data: { title: title('Campaign'), status: 'active', audience: 'members', _status: 'published', cta: { kind: 'download', label: 'Get it', file: background.id }, toolkit: [toolkit.id] },
      context: { disableRevalidate: true },
    })
    cleanup.track('campaigns', campaign)
    expect([await visibilityOf(hero), await visibilityOf(background), await visibilityOf(toolkit)]).toEqual(['public', 'public', 'members'])
  })

  it('rich-text uploads and page image blocks in members-only items are members-only; in public ones public', async () => {
    const [inBody, inPublicBody, inBlock] = [await upload('Body image', { image: true }), await upload('Public body image', { image: true }), await upload('Block image', { image: true })]
    const uploadNode = (file: File) => ({ type: 'upload', relationTo: 'media', value: file.id, fields: null, format: '', version: 3 })
    const body = (file: File): Announcement['body'] => {
      const doc = lexical(['Text around an image.'])
      return { root: { ...doc.root, format: '', children: [...doc.root.children, uploadNode(file)] } }
    }
    await announcement('members', { body: body(inBody) })
    await announcement('public', { body: body(inPublicBody) })
    const page = await payload.create({
      collection: 'pages',
      data: { title: title('Page'), audience: 'members', _status: 'published', layout: [{ blockType: 'image', image: inBlock.id }] },
      context: { disableRevalidate: true },
    })
    cleanup.track('pages', page)
    expect([await visibilityOf(inBody), await visibilityOf(inPublicBody), await visibilityOf(inBlock)]).toEqual(['members', 'public', 'members'])
  })

  it('a leader’s photo stays public when the bio is members-only (the roster shows it)', async () => {
    const photo = await upload('Portrait', { image: true })
    const leader = await payload.create({
      collection: 'leadership',
      data: { name: title('Leader'), title: 'Test Role', status: 'current', audience: 'members', bio: 'Members-only bio.', photo: photo.id, _status: 'published' },
      context: { disableRevalidate: true },
    })
    cleanup.track('leadership', leader)
    expect(await visibilityOf(photo)).toBe('public')
  })

  it('the site’s readers: visitors get no closed file, members get it as a download and unoptimised image', async () => {
    const { getAnnouncementBySlug } = await import('@/lib/content/getAnnouncementBySlug')
    const [pdf, image] = [await upload('Offer PDF'), await upload('Offer photo', { image: true })]
    const id = await announcement('public', { attachments: attach(pdf), heroImage: image.id })
    await staffPatch('media', image.id, { membersOnly: true })
    await staffPatch('announcements', id, { audience: 'members' })
    const slug = String((await payload.findByID({ collection: 'announcements', id, overrideAccess: true })).slug)
    const anonymous = await getAnnouncementBySlug(slug, 'en', VISITOR)
    expect(anonymous).toMatchObject({ image: null, attachments: [] })
    const member = await getAnnouncementBySlug(slug, 'en', { kind: 'member', member: users.member as Member & { collection: 'members' } })
    expect(member!.attachments).toEqual([expect.objectContaining({ href: `/api/media/file/${pdf.filename}`, format: 'PDF' })])
    expect(member!.image).toMatchObject({ membersOnly: true })
  })
})

describe('the demo content and the migration’s backfill', () => {
  it('the seeded members-only bonus offer carries a members-only PDF; the public PSP summary stays public', async () => {
    const [offer] = (await payload.find({ collection: 'media', where: { alt: { equals: OFFER_PDF.alt } }, overrideAccess: true, limit: 1 })).docs
    const [psp] = (await payload.find({ collection: 'media', where: { alt: { contains: 'PSP section' } }, overrideAccess: true, limit: 1 })).docs
    expect(offer).toMatchObject({ visibility: 'members', usedBy: [{ collection: 'announcements', title: expect.stringMatching(/first 2021 bonus offer/), reach: 'members' }] })
    expect(psp!.visibility).toBe('public')
    const bytes = simplePdf([...OFFER_PDF.lines])
    // Each test file has its own throw-away upload folder; an earlier file may have seeded this record.
    const onDisk = path.join(payload.collections.media.config.upload.staticDir!, offer!.filename!)
    if (!fs.existsSync(onDisk)) fs.writeFileSync(onDisk, bytes)
    const text = bytes.toString('utf8')
    expect((await rest(`/api/media/file/${offer!.filename}`)).status).toBe(403)
    expect((await rest(`/api/media/file/${offer!.filename}`, { token: tokens.member })).text).toBe(text)
  })

  it('rebuilding from scratch (the migration’s backfill) gives what the hooks kept', async () => {
    type Snapshot = Array<Pick<Media, 'id' | 'visibility'> & { rows: string }>
    const snapshot = async (): Promise<Snapshot> =>
      (await payload.find({ collection: 'media', overrideAccess: true, pagination: false, depth: 0, sort: 'id' })).docs.map((doc) => ({
        id: doc.id,
        visibility: doc.visibility,
        rows: JSON.stringify((doc.usedBy ?? []).map(({ key, title, reach }) => [key, title, reach])),
      }))
    const kept = await snapshot()
    expect(kept.some((doc) => doc.visibility === 'public') && kept.some((doc) => doc.visibility === 'members')).toBe(true)
    // As right after the migration's ALTER TABLE: no rows, every file closed.
    await payload.db.drizzle.execute(sql`DELETE FROM "media_used_by"`)
    await payload.db.drizzle.execute(sql`UPDATE "media" SET "visibility" = 'members'`)
    const req = await createLocalReq({}, payload)
    const counts = await rebuildMediaUsage(req, mediaSourceCollections(req), mediaUsageRules)
    expect(await snapshot()).toEqual(kept)
    expect(counts.public + counts.members).toBe(kept.length)
  })
})
