import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GET as oldAddress } from '@/app/(site)/api/old-address/route'
import { getRedirect } from '@/lib/content/getRedirect'
import { parseImportConfig, type ImportConfig } from '@/lib/import/wordpress/importConfig'
import { importWordPress } from '@/lib/import/wordpress/importWordPress'
import { WxrFileError } from '@/lib/import/wordpress/parseWxr'
import { seed } from '@/scripts/seed/index'

import { loadActors, ROLES } from '../helpers/actors'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

const FIXTURES = path.resolve('tests/fixtures/wordpress')
const UPLOADS = path.join(FIXTURES, 'uploads')
const SITE = 'https://old.coalition.example'
const IMPORTED = { 'importSource.key': { like: `${SITE}#` } }
const COLLECTIONS = ['announcements', 'bargaining-updates', 'pages', 'media', 'topics'] as const satisfies CollectionSlug[]

let payload: Payload
let xml: string
let config: ImportConfig

async function snapshot() {
  const rows: Record<string, string[]> = {}
  for (const collection of COLLECTIONS) {
    const { docs } = await payload.find({ collection, where: IMPORTED, draft: true, depth: 0, limit: 0, pagination: false, overrideAccess: true })
    rows[collection] = docs.map((doc) => `${doc.id}@${doc.updatedAt}`).sort()
  }
  const redirects = await payload.find({ collection: 'redirects', where: { from: { like: '/' } }, depth: 0, limit: 0, pagination: false, overrideAccess: true })
  rows.redirects = redirects.docs.map((doc) => `${doc.from}@${doc.updatedAt}`).sort()
  const jobs = await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } }, overrideAccess: true })
  rows.jobs = [String(jobs.totalDocs)]
  return rows
}

const byKey = (postId: string) => ({ where: { 'importSource.key': { equals: `${SITE}#${postId}` } }, draft: true, depth: 1, limit: 1, overrideAccess: true }) as const

function only<T>(docs: T[], what: string): T {
  expect(docs, what).toHaveLength(1)
  return docs[0]!
}

const importedAnnouncement = async (postId: string) => only((await payload.find({ collection: 'announcements', ...byKey(postId) })).docs, `announcement ${postId}`)
const importedUpdate = async (postId: string) => only((await payload.find({ collection: 'bargaining-updates', ...byKey(postId) })).docs, `update ${postId}`)
const importedPage = async (postId: string) => only((await payload.find({ collection: 'pages', ...byKey(postId) })).docs, `page ${postId}`)

/** Node types anywhere in a Lexical tree. */
function nodeTypes(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((child) => nodeTypes(child, found))
  else if (typeof node === 'object' && node !== null) {
    if ('type' in node && typeof node.type === 'string') found.add(node.type)
    Object.values(node).forEach((value) => nodeTypes(value, found))
  }
  return found
}

async function cleanUp() {
  const { docs: jobs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } }, depth: 0, limit: 0, pagination: false, overrideAccess: true })
  const ours = new Set((await payload.find({ collection: 'announcements', where: IMPORTED, draft: true, depth: 0, limit: 0, pagination: false, overrideAccess: true })).docs.map((doc) => String(doc.id)))
  for (const job of jobs) {
    const input = job.input as { doc?: { relationTo?: string; value?: unknown } } | null
    if (input?.doc?.relationTo === 'announcements' && ours.has(String(input.doc.value))) await payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true })
  }
  await payload.delete({ collection: 'redirects', where: { or: [{ from: { like: '/?p=1' } }, { from: { like: '/20' } }, { from: { equals: '/coalition-history/' } }] }, overrideAccess: true })
  for (const collection of ['announcements', 'bargaining-updates', 'pages', 'media', 'topics'] as const) {
    await payload.delete({ collection, where: IMPORTED, overrideAccess: true, context: { disableRevalidate: true } })
  }
}

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  await cleanUp()
  xml = await fs.readFile(path.join(FIXTURES, 'export.xml'), 'utf8')
  const parsed = parseImportConfig(await fs.readFile(path.join(FIXTURES, 'import.config.json'), 'utf8'))
  if (typeof parsed === 'string') throw new Error(parsed)
  config = parsed
})

afterAll(async () => {
  await cleanUp()
})

describe('WordPress import', () => {
  it('dry run: prints what it would create and writes nothing', async () => {
    const before = await snapshot()
    const report = await importWordPress({ payload, xml, config, mediaDir: UPLOADS, dryRun: true })
    expect(report).toMatchObject({ total: 7, created: 6, updated: 0, skipped: 1 })
    expect(report.lines).toContain('would create announcements/valentines-for-the-bonus (post 101 "Thousands deliver valentines for a full bonus payout", published, 2 image(s))')
    expect(await snapshot()).toEqual(before)
  })

  it('imports posts, a page, a draft, a scheduled post, topics, images and old addresses', async () => {
    const report = await importWordPress({ payload, xml, config, mediaDir: UPLOADS, dryRun: false })
    expect(report).toMatchObject({ total: 7, created: 6, updated: 0, skipped: 1 })
    // Per-item problems are reported, and the rest still imported.
    expect(report.problemList.map((problem) => problem.message)).toEqual(
      expect.arrayContaining(['unknown post type "nav_menu_item"; skipped', 'image 2023/09/rally-crowd.png is not in the uploads folder; imported without it']),
    )

    const comms = (await payload.find({ collection: 'users', where: { email: { equals: 'comms@coalition.test' } }, overrideAccess: true })).docs[0]!
    const post = await importedAnnouncement('101')
    expect(post).toMatchObject({ _status: 'published', slug: 'valentines-for-the-bonus', publishedAt: '2023-07-14T18:30:00.000Z', summary: 'Members in every region delivered valentines asking for the whole bonus.' })
    expect(post.regions).toEqual([])
    // The author is a staff account: the audit trail names it.
    expect(typeof post.createdBy === 'object' ? post.createdBy?.id : post.createdBy).toBe(comms.id)
    expect(typeof post.publishedBy === 'object' ? post.publishedBy?.id : post.publishedBy).toBe(comms.id)
    // "bonus" is also one of the site's fixed topics (its /news filter).
    expect(post.topics).toEqual(['bonus'])
    expect((post.topicRefs ?? []).map((topic) => (typeof topic === 'object' ? topic.name : topic)).sort()).toEqual(['Bonus & PSP', 'Valentines action'])
    const types = nodeTypes(post.body)
    for (const type of ['heading', 'list', 'listitem', 'link', 'table', 'tablerow', 'tablecell', 'upload', 'paragraph']) expect(types, type).toContain(type)
    const link = JSON.stringify(post.body)
    expect(link).toContain('https://old.coalition.example/psp-faq/')
    expect(link).toContain('Hearts delivered')

    // Featured image with its attachment's alt text; the in-body one (a resized copy's original) flagged.
    const hero = post.heroImage
    expect(typeof hero === 'object' && hero ? { alt: hero.alt, needsAlt: hero.needsAlt, filename: hero.filename } : hero).toEqual({
      alt: 'Members holding paper hearts outside a hospital',
      needsAlt: false,
      filename: 'valentines-rally.png',
    })
    const picket = (await payload.find({ collection: 'media', where: { 'importSource.key': { equals: `${SITE}#202` } }, overrideAccess: true })).docs[0]
    expect(picket).toMatchObject({ needsAlt: true, filename: 'picket-line.png' })
    const uploads = JSON.stringify(post.body).match(/"type":"upload","value":\{"id":(\d+)/g) ?? []
    expect(uploads).toEqual([`"type":"upload","value":{"id":${picket!.id}`])
    const file = await fs.stat(path.join(process.env.MEDIA_DIR!, picket!.filename!))
    expect(file.size).toBeGreaterThan(0)

    // A bargaining category → bargaining update, in the region the config maps; a non-staff author is kept by name.
    const update = await importedUpdate('102')
    expect(update).toMatchObject({ _status: 'published', table: '2023 Staffing Table', createdBy: null, importSource: { author: 'Rosa Garcia' } })
    expect((update.regions ?? []).map((region) => (typeof region === 'object' ? region.code : region))).toEqual(['ncal'])

    const draft = await importedAnnouncement('103')
    expect(draft).toMatchObject({ _status: 'draft', slug: 'draft-notes-for-the-autumn-newsletter', publishedAt: null })

    const scheduled = await importedAnnouncement('104')
    expect(scheduled).toMatchObject({ _status: 'draft', publishedAt: '2030-01-15T17:00:00.000Z' })
    const { docs: jobs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } }, limit: 0, pagination: false, overrideAccess: true })
    const job = jobs.filter((candidate) => JSON.stringify(candidate.input).includes(`"value":${scheduled.id}`))
    expect(job).toHaveLength(1)
    expect(job[0]!.waitUntil).toBe('2030-01-15T17:00:00.000Z')

    const page = await importedPage('105')
    expect(page).toMatchObject({ _status: 'published', slug: 'coalition-history' })
    expect(page.layout[0]).toMatchObject({ blockType: 'richText' })
    expect(nodeTypes(page.layout)).toContain('heading')

    // The post whose image is missing is there, without it.
    const rally = await importedAnnouncement('107')
    expect(nodeTypes(rally.body)).not.toContain('upload')

    // Old addresses → the new pages.
    expect(await getRedirect('/2023/07/valentines-for-the-bonus')).toBe('/news/valentines-for-the-bonus')
    expect(await getRedirect('/2023/08/session-4-staffing/')).toBe('/bargaining/session-4-staffing')
    expect(await getRedirect('/2023/01/never-existed')).toBeNull()
    const answer = await oldAddress(new Request('http://localhost/api/old-address?p=101'))
    expect(answer.status).toBe(308)
    expect(answer.headers.get('location')).toBe('/news/valentines-for-the-bonus')
  })

  it('a second run creates and changes nothing', async () => {
    const before = await snapshot()
    const report = await importWordPress({ payload, xml, config, mediaDir: UPLOADS, dryRun: false })
    expect(report).toMatchObject({ total: 7, created: 0, updated: 0, skipped: 7 })
    expect(await snapshot()).toEqual(before)
  })

  it('an item that changed in WordPress is updated in place', async () => {
    const changed = xml.replace('Our team held firm on', 'Our bargaining team held firm on')
    const report = await importWordPress({ payload, xml: changed, config, mediaDir: UPLOADS, dryRun: false })
    expect(report).toMatchObject({ created: 0, updated: 1, skipped: 6 })
    expect(JSON.stringify((await importedUpdate('102')).body)).toContain('Our bargaining team held firm on')
  })

  it('an admin upload runs as a job with progress and a report, and keeps images it cannot see', async () => {
    const admin = (await loadActors(payload)).admin.user!
    const upload = await payload.create({ collection: 'imports', data: {}, filePath: path.join(FIXTURES, 'export.xml'), user: admin, overrideAccess: false })
    expect(upload.state).toBe('queued')
    await payload.jobs.run({ queue: 'default', where: { taskSlug: { equals: 'importWordPress' } } })
    const done = await payload.findByID({ collection: 'imports', id: upload.id, overrideAccess: true })
    // 102 differs from the file since the previous test, so it is updated back; the rest is unchanged.
    expect(done).toMatchObject({ state: 'done', progress: '7 / 7', created: 0, updated: 1, skipped: 6 })
    expect(done.report).toContain('unknown post type "nav_menu_item"')
    // No uploads folder here: images imported earlier stay in the post.
    expect(nodeTypes((await importedAnnouncement('101')).body)).toContain('upload')
    await payload.delete({ collection: 'imports', id: upload.id, overrideAccess: true })
  })

  it('refuses files that are not WordPress exports, writing nothing', async () => {
    const before = await snapshot()
    for (const [file, message] of [
      ['not-wxr.xml', /not a WordPress export/],
      ['broken.xml', /broken XML: the file ends inside <rss> <channel> .*cut off/],
    ] as const) {
      const text = await fs.readFile(path.join(FIXTURES, file), 'utf8')
      await expect(importWordPress({ payload, xml: text, config, mediaDir: UPLOADS, dryRun: false })).rejects.toThrow(WxrFileError)
      await expect(importWordPress({ payload, xml: text, config, mediaDir: UPLOADS, dryRun: false })).rejects.toThrow(message)
    }
    expect(await snapshot()).toEqual(before)
  })

  it('redirects and topics are for staff, imports for admins, through REST', async () => {
    const actors = await loadActors(payload)
    const expected = {
      admin: [200, 200, 200],
      communications: [200, 200, 403],
      'regional-own': [200, 200, 403],
      'regional-other': [200, 200, 403],
      anonymous: [403, 403, 403],
    } as const
    for (const role of ROLES) {
      const token = actors[role].token
      const statuses = []
      for (const collection of ['redirects', 'topics', 'imports']) statuses.push((await rest(`/api/${collection}?limit=1`, { token })).status)
      expect(statuses, role).toEqual(expected[role])
    }
    // Visitors cannot plant redirects; regional staff cannot add topics.
    const regional = actors['regional-own'].token
    expect((await rest('/api/redirects', { method: 'POST', token: undefined, body: { from: '/x', to: { type: 'custom', url: '/' } } })).status).toBe(403)
    expect((await rest('/api/topics', { method: 'POST', token: regional, body: { name: 'Sneaky' } })).status).toBe(403)
  })

  it('the CLI exits 2 with one clear line for an unreadable or broken file', async () => {
    const run = (args: string[]) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], { env: process.env }).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
      )
    expect(await run(['--wordpress', path.join(FIXTURES, 'nope.xml')])).toEqual({ code: 2, stderr: expect.stringMatching(/^Error: cannot read the export .*nope\.xml \(ENOENT\)\n$/) })
    expect(await run(['--wordpress', path.join(FIXTURES, 'broken.xml')])).toEqual({ code: 2, stderr: expect.stringMatching(/^Error: .*broken\.xml: broken XML: the file ends inside <rss>.*Nothing was imported\.\n$/) })
  })
})
