// Uploads in S3 (S3_BUCKET set): a real S3 server (s3rver, in this process, on a free port, files in a
// temp folder) and the real AWS client — no mocks. Checks the bytes in the bucket and through the file
// route: uploads land under their collection's folder with their image sizes, public files are served
// as before, members-only ones only to members, missing ones are a 404, deletes remove the objects.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startS3Server } from '../helpers/s3Server'

const BUCKET = 'portal-int'
const s3 = await startS3Server(BUCKET)
// Before anything imports payload.config (lib/env reads the environment once): hence the dynamic imports below.
const S3_ENV = s3.env
Object.assign(process.env, S3_ENV)

const { testPayload } = await import('../helpers/payload')
const { rest } = await import('../helpers/rest')
const { loadActors } = await import('../helpers/actors')
const { regionId } = await import('../helpers/fixtures')
const { contentCleanup, signUpAndConfirm } = await import('./members-fixtures')
const { seed } = await import('@/scripts/seed/index')
const { bannerPng, simplePdf } = await import('@/scripts/seed/assets')
const { PRIVATE_FILE_CACHE, PUBLIC_FILE_CACHE } = await import('@/lib/media/servePrivateFile')
const { pendingSchemaStatements } = await import('@/lib/db/schemaDrift')
const { default: config } = await import('@payload-config')
const { handleEndpoints } = await import('payload')

type Payload = Awaited<ReturnType<typeof testPayload>>

// Our own client, independent of the app's, to look into the bucket.
const bucket = new S3Client({
  endpoint: S3_ENV.S3_ENDPOINT,
  region: S3_ENV.S3_REGION,
  forcePathStyle: true,
  credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  requestChecksumCalculation: 'WHEN_REQUIRED',
  responseChecksumValidation: 'WHEN_REQUIRED',
})

async function objectBytes(key: string): Promise<Buffer | null> {
  try {
    const object = await bucket.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))
    return Buffer.from(await object.Body!.transformToByteArray())
  } catch (error) {
    if ((error as { name?: string }).name === 'NoSuchKey') return null
    throw error
  }
}

async function keys(prefix: string): Promise<string[]> {
  const listed = await bucket.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix }))
  return (listed.Contents ?? []).map((object) => object.Key!).sort()
}

let payload: Payload
let staffToken: string
let memberToken: string
const cleanup = contentCleanup(() => payload)
const stamp = Date.now()
let counter = 0

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  staffToken = (await loadActors(payload)).communications.token!
  memberToken = (await signUpAndConfirm(payload, await regionId(payload, 'ncal'))).token
})

afterAll(async () => {
  await cleanup.run()
  await payload?.delete({ collection: 'media', where: { alt: { like: `s3 ${stamp}` } }, overrideAccess: true, context: { disableRevalidate: true } })
  await s3.close()
  for (const name of Object.keys(S3_ENV)) delete process.env[name]
})

async function uploadImage(label: string, { membersOnly = false } = {}) {
  const data = await bannerPng(`${label} ${stamp}-${++counter}`, 120, 800, 600)
  const doc = await payload.create({
    collection: 'media',
    data: { alt: `s3 ${stamp} ${label}`, membersOnly },
    file: { data, mimetype: 'image/png', name: `s3-${stamp}-${counter}.png`, size: data.length },
    context: { disableRevalidate: true },
  })
  return { doc, data }
}

async function publicAnnouncement(mediaId: number) {
  const doc = await payload.create({
    collection: 'announcements',
    data: { title: `S3 announcement ${stamp}-${++counter}`, audience: 'public', _status: 'published', attachments: [{ label: 'File', kind: 'file', file: mediaId }] },
    context: { disableRevalidate: true },
  })
  return cleanup.track('announcements', doc)
}

describe('S3 storage (S3_BUCKET set)', () => {
  it('uses the S3 adapter for media and stories, with the schema the migrations made', async () => {
    expect(payload.collections.media.config.upload.adapter).toBe('s3')
    expect(payload.collections.stories.config.upload.adapter).toBe('s3')
    // The plugin's columns exist with S3 on as with it off: no migration pending in this mode either.
    expect(await pendingSchemaStatements(payload)).toEqual([])
  })

  it('a Local API upload lands in the bucket (original and sizes, exact bytes), not on disk, and keeps its file URL', async () => {
    const { doc, data } = await uploadImage('Local API')
    const sizes = Object.values(doc.sizes ?? {}).map((size) => size?.filename).filter((name): name is string => Boolean(name))
    expect(sizes).toHaveLength(3)
    expect(await keys(`media/s3-${stamp}-${counter}`)).toEqual([`media/${doc.filename}`, ...sizes.map((name) => `media/${name}`)].sort())
    expect((await objectBytes(`media/${doc.filename}`))!.equals(data)).toBe(true)
    expect(fs.existsSync(path.join(payload.collections.media.config.upload.staticDir!, doc.filename!))).toBe(false)
    // Pages and the image optimiser use these; no bucket URL, no query string (next.config images.localPatterns).
    expect(doc.url).toBe(`http://localhost:3000/api/media/file/${doc.filename}`)
    expect(doc.sizes?.thumbnail?.url).toBe(`http://localhost:3000/api/media/file/${doc.sizes?.thumbnail?.filename}`)
  })

  it('a REST upload by staff lands in the bucket with the same bytes', async () => {
    const data = simplePdf([`REST upload ${stamp}`])
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(data)], { type: 'application/pdf' }), `s3-rest-${stamp}.pdf`)
    form.append('_payload', JSON.stringify({ alt: `s3 ${stamp} REST` }))
    const request = new Request('http://localhost:3000/api/media', { method: 'POST', headers: { authorization: `JWT ${staffToken}` }, body: form })
    const response = await handleEndpoints({ config, path: '/api/media', request })
    const body = (await response.json()) as { doc?: { filename: string } }
    expect(response.status, JSON.stringify(body)).toBe(201)
    expect((await objectBytes(`media/${body.doc!.filename}`))!.equals(data)).toBe(true)
  })

  it('a public file and its sizes are served by /api/media/file/… with the bucket’s bytes, cacheable', async () => {
    const { doc, data } = await uploadImage('Public')
    await publicAnnouncement(doc.id)
    const served = await rest(`/api/media/file/${doc.filename}`)
    expect([served.status, served.headers.get('cache-control'), served.headers.get('content-type')]).toEqual([200, PUBLIC_FILE_CACHE, 'image/png'])
    const response = await handleEndpoints({ config, path: `/api/media/file/${doc.filename}`, request: new Request(`http://localhost:3000/api/media/file/${doc.filename}`) })
    expect(Buffer.from(await response.arrayBuffer()).equals(data)).toBe(true)
    const thumbnail = doc.sizes!.thumbnail!.filename!
    const thumb = await handleEndpoints({ config, path: `/api/media/file/${thumbnail}`, request: new Request(`http://localhost:3000/api/media/file/${thumbnail}`) })
    expect(thumb.status).toBe(200)
    expect(Buffer.from(await thumb.arrayBuffer()).equals((await objectBytes(`media/${thumbnail}`))!)).toBe(true)
  })

  it('a members-only file: 403 and none of it for a visitor, the exact bytes sent private to a member', async () => {
    const { doc, data } = await uploadImage('Members only', { membersOnly: true })
    const get = async (name: string, token?: string) => {
      const request = new Request(`http://localhost:3000/api/media/file/${name}`, { headers: token ? { authorization: `JWT ${token}` } : {} })
      const response = await handleEndpoints({ config, path: `/api/media/file/${name}`, request })
      return { status: response.status, cache: response.headers.get('cache-control'), type: response.headers.get('content-type'), length: response.headers.get('content-length'), bytes: Buffer.from(await response.arrayBuffer()) }
    }
    const visitor = await get(doc.filename!)
    expect(visitor.status).toBe(403)
    expect(visitor.bytes.includes(data.subarray(0, 64))).toBe(false)
    const member = await get(doc.filename!, memberToken)
    expect([member.status, member.cache, member.type, member.length]).toEqual([200, PRIVATE_FILE_CACHE, 'image/png', String(data.length)])
    expect(member.bytes.equals(data)).toBe(true)
    const thumbnail = doc.sizes!.thumbnail!.filename!
    expect((await get(thumbnail)).status).toBe(403)
    const memberThumb = await get(thumbnail, memberToken)
    expect([memberThumb.status, memberThumb.cache]).toEqual([200, PRIVATE_FILE_CACHE])
    expect(memberThumb.bytes.equals((await objectBytes(`media/${thumbnail}`))!)).toBe(true)
  })

  it('a document whose object is gone answers 404, to staff as to members', async () => {
    const { doc } = await uploadImage('Lost object')
    await bucket.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: `media/${doc.filename}` }))
    expect((await rest(`/api/media/file/${doc.filename}`, { token: staffToken })).status).toBe(404)
    expect((await rest(`/api/media/file/${doc.filename}`, { token: memberToken })).status).toBe(404)
    expect((await rest(`/api/media/file/no-such-${stamp}.png`, { token: staffToken })).status).toBe(404)
  })

  it('a public file that closes leaves the image optimiser’s cache, which names S3 copies by the object’s ETag', async () => {
    const { doc } = await uploadImage('Closing')
    const announcement = await publicAnnouncement(doc.id)
    const served = await rest(`/api/media/file/${doc.filename}`)
    const etag = served.headers.get('etag')
    expect(etag).toBeTruthy()
    // What Next writes for an internal image whose response had an ETag (next/dist/server/image-optimizer.js).
    const entry = path.resolve('.next', 'cache', 'images', `s3-int-${crypto.randomBytes(6).toString('hex')}`)
    fs.mkdirSync(entry, { recursive: true })
    fs.writeFileSync(path.join(entry, `300.${Date.now() + 300_000}.x.${Buffer.from(etag!).toString('base64url')}.webp`), 'copy')
    const patch = await rest(`/api/announcements/${announcement.id}`, { method: 'PATCH', token: staffToken, body: { audience: 'members' } })
    expect(patch.status, patch.text).toBe(200)
    expect(fs.existsSync(entry)).toBe(false)
  })

  it('a story’s file goes under stories/, apart from media', async () => {
    const data = await bannerPng(`Story ${stamp}`, 40, 400, 300)
    const story = await payload.create({
      collection: 'stories',
      data: { title: `S3 story ${stamp}`, text: 'A story with a photo.', status: 'pending', region: await regionId(payload, 'ncal'), consentToPublish: true },
      file: { data, mimetype: 'image/png', name: `s3-story-${stamp}.png`, size: data.length },
      overrideAccess: true,
    })
    expect((await objectBytes(`stories/${story.filename}`))!.equals(data)).toBe(true)
    expect(await objectBytes(`media/${story.filename}`)).toBeNull()
    await payload.delete({ collection: 'stories', id: story.id, overrideAccess: true })
    expect(await objectBytes(`stories/${story.filename}`)).toBeNull()
  })

  it('deleting a document removes its objects (original and every size)', async () => {
    const { doc } = await uploadImage('Deleted')
    const prefix = `media/${doc.filename!.replace(/\.png$/, '')}`
    expect(await keys(prefix)).toHaveLength(4)
    await payload.delete({ collection: 'media', id: doc.id, overrideAccess: true, context: { disableRevalidate: true } })
    expect(await keys(prefix)).toEqual([])
  })
})
