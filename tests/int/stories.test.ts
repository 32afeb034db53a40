// Share your story: members submit text and/or one photo or video; files are checked by their bytes and
// photos lose their metadata; likely patient details are flagged for the moderator; nothing is public
// until staff approve it, and the member hears what staff decided.
import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'
import sharp from 'sharp'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { linkIn, outbox } from '@/lib/email/outbox'
import { getAccount } from '@/lib/content/getAccount'
import { seed } from '@/scripts/seed/index'

import { type Actor, loadActors, type Role } from '../helpers/actors'
import { regionId } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { freshIp, type SignedInMember, signUpAndConfirm } from './members-fixtures'

let payload: Payload
let actors: Record<Role, Actor>
let ncal: number
let author: SignedInMember
let png: Buffer

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  actors = await loadActors(payload)
  ncal = await regionId(payload, 'ncal')
  author = await signUpAndConfirm(payload, ncal, 'Story Author')
  png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } }).png().toBuffer()
})

type Fields = Record<string, string>
const baseFields = (): Fields => ({ region: String(ncal), consentToPublish: 'on', text: 'Our unit pulled together every night of the surge.' })

async function send(request: Request) {
  const response = await handleEndpoints({ config, path: new URL(request.url).pathname, request })
  const text = await response.text()
  let json: Record<string, unknown> = {}
  try {
    json = JSON.parse(text) as Record<string, unknown>
  } catch {
    json = {}
  }
  return { status: response.status, json, headers: response.headers, text }
}

async function submit(fields: Fields, file?: { bytes: Uint8Array; name: string; type: string }, token: string | undefined = author.token) {
  const form = new FormData()
  for (const [key, value] of Object.entries(fields)) form.set(key, value)
  if (file) form.set('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  return send(
    new Request('http://localhost:3000/api/stories/submit', {
      method: 'POST',
      headers: { ...freshIp(), ...(token ? { authorization: `JWT ${token}` } : {}) },
      body: form,
    }),
  )
}

async function storiesAs(token?: string) {
  const response = await rest('/api/stories?limit=100&depth=0', { token })
  // A refused list would make every "not listed" below pass without meaning anything.
  if (response.status !== 200) throw new Error(`listing stories answered ${response.status}: ${response.text}`)
  return (response.json.docs ?? [])
}

describe('submitting', () => {
  it('stores a text story as pending, visible to its author and staff but to nobody else', async () => {
    const response = await submit({ ...baseFields(), title: `Night shift ${Date.now()}`, status: 'approved' })
    expect(response.status).toBe(201)
    const id = response.json.id as number
    expect(response.json.status).toBe('pending')

    const other = await signUpAndConfirm(payload, ncal)
    expect((await storiesAs()).map((doc) => doc.id)).not.toContain(id)
    expect((await storiesAs(other.token)).map((doc) => doc.id)).not.toContain(id)
    expect((await storiesAs(author.token)).map((doc) => doc.id)).toContain(id)
    expect((await storiesAs(actors.communications.token)).map((doc) => doc.id)).toContain(id)
  })

  it('requires a signed-in member, consent, and some text or a file', async () => {
    expect((await submit(baseFields(), undefined, '')).status).toBe(401)
    const noConsent = await submit({ region: String(ncal), text: 'Hello' })
    expect(noConsent.status).toBe(400)
    expect(noConsent.json.fields).toMatchObject({ consentToPublish: expect.stringMatching(/publish/) })
    const empty = await submit({ region: String(ncal), consentToPublish: 'on' })
    expect(empty.status).toBe(400)
    const tooLong = await submit({ ...baseFields(), text: 'x'.repeat(5001) })
    expect(tooLong.json.fields).toMatchObject({ text: expect.stringMatching(/5,000/) })
  })

  it('answers in the language of the form it came from (its `lang` field)', async () => {
    const spanish = await submit({ region: String(ncal), text: 'Hola', lang: 'es' })
    expect(spanish.status).toBe(400)
    expect(spanish.json).toMatchObject({
      error: 'Por favor, corrija los campos marcados.',
      fields: { consentToPublish: 'Marque esta casilla para que podamos publicar su historia' },
    })
    const received = await submit({ ...baseFields(), lang: 'es' }, undefined, (await signUpAndConfirm(payload, ncal)).token)
    expect(received.status).toBe(201)
    expect(received.json.message).toMatch(/^¡Gracias! Su historia ya está con nuestro equipo/)
  })

  it('flags likely patient details for the moderator only', async () => {
    const response = await submit({ ...baseFields(), text: 'My patient John Smith, DOB 04/12/1948, MRN 00482913, waited nine hours.' })
    const id = response.json.id as number
    const asStaff = await rest(`/api/stories/${String(id)}`, { token: actors.communications.token })
    expect(asStaff.json.flagged).toMatch(/possible patient name.*John Smith/)
    expect(asStaff.json.flagged).toMatch(/possible date of birth/)
    expect(asStaff.json.flagged).toMatch(/possible record number/)
    const asAuthor = await rest(`/api/stories/${String(id)}`, { token: author.token })
    expect(asAuthor.json.flagged).toBeUndefined()
  })

  it('stores a real photo under a name of its own and serves it with nosniff and Content-Disposition, to staff only while pending', async () => {
    const response = await submit({ region: String(ncal), consentToPublish: 'on' }, { bytes: png, name: 'Jane Doe chart.png', type: 'image/png' })
    expect(response.status).toBe(201)
    const story = await payload.findByID({ collection: 'stories', id: response.json.id as number })
    expect(story.mimeType).toBe('image/png')
    expect(story.filename).not.toMatch(/Jane|chart/i)

    const file = await send(new Request(`http://localhost:3000/api/stories/file/${story.filename}`, { headers: { authorization: `JWT ${actors.communications.token}` } }))
    expect(file.status).toBe(200)
    expect(file.headers.get('x-content-type-options')).toBe('nosniff')
    expect(file.headers.get('content-disposition')).toMatch(/^inline/)
    const anonymous = await send(new Request(`http://localhost:3000/api/stories/file/${story.filename}`))
    expect(anonymous.status).toBe(403)
  })

  it.each([
    { label: 'an executable renamed .jpg', bytes: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64, 0x90), Buffer.from('This program cannot be run in DOS mode')]), name: 'photo.jpg', type: 'image/jpeg' },
    { label: 'an ELF binary renamed .png', bytes: Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(64)]), name: 'photo.png', type: 'image/png' },
    { label: 'an SVG with script', bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), name: 'image.svg', type: 'image/svg+xml' },
    { label: 'HTML renamed .jpg', bytes: Buffer.from('<!doctype html><script>fetch("/api/members/me")</script>'), name: 'x.jpg', type: 'image/jpeg' },
    { label: 'a PDF claiming to be a video', bytes: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF'), name: 'clip.mp4', type: 'video/mp4' },
  ])('rejects $label and stores nothing', async ({ bytes, name, type }) => {
    const before = (await payload.count({ collection: 'stories' })).totalDocs
    const response = await submit({ region: String(ncal), consentToPublish: 'on' }, { bytes, name, type })
    expect(response.status).toBe(415)
    expect(response.json.error).toMatch(/photo .*or a video/)
    expect((await payload.count({ collection: 'stories' })).totalDocs).toBe(before)
  })

  it('answers 413 to a file over the limit without storing it', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0)
    png.copy(big)
    const response = await submit({ region: String(ncal), consentToPublish: 'on' }, { bytes: big, name: 'big.png', type: 'image/png' })
    expect(response.status).toBe(413)
  })

  it('answers 429 when one member submits too often', async () => {
    const busy = await signUpAndConfirm(payload, ncal)
    const statuses: number[] = []
    for (let attempt = 0; attempt < 6; attempt++) statuses.push((await submit(baseFields(), undefined, busy.token)).status)
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
  })
})

describe('moderation', () => {
  it('lets staff approve; approved stories are public, anonymised when asked, and never show who submitted them', async () => {
    const named = await submit({ ...baseFields(), title: `Named ${Date.now()}` })
    const anonymous = await submit({ ...baseFields(), title: `Anonymous ${Date.now()}`, anonymous: 'on' })
    for (const response of [named, anonymous]) {
      const approve = await rest(`/api/stories/${response.json.id as number}`, { method: 'PATCH', token: actors.communications.token, body: { status: 'approved' } })
      expect(approve.status).toBe(200)
    }
    const publicList = await storiesAs()
    const namedDoc = publicList.find((doc) => doc.id === named.json.id)
    const anonymousDoc = publicList.find((doc) => doc.id === anonymous.json.id)
    expect(namedDoc).toMatchObject({ status: 'approved', byline: 'Story Author' })
    expect(anonymousDoc).toMatchObject({ status: 'approved' })
    expect(anonymousDoc!.byline).toBeUndefined()
    expect(namedDoc!.submitter).toBeUndefined()
    expect(namedDoc!.flagged).toBeUndefined()
  })

  it('does not let the author approve their own story', async () => {
    const writer = await signUpAndConfirm(payload, ncal)
    const response = await submit(baseFields(), undefined, writer.token)
    expect(response.status).toBe(201)
    const attempt = await rest(`/api/stories/${response.json.id as number}`, { method: 'PATCH', token: writer.token, body: { status: 'approved' } })
    expect(attempt.status).toBe(403)
    expect((await payload.findByID({ collection: 'stories', id: response.json.id as number })).status).toBe('pending')
  })

  it('limits regional staff to their regions', async () => {
    const scalAuthor = await signUpAndConfirm(payload, await regionId(payload, 'scal'))
    const response = await submit({ ...baseFields(), region: String(await regionId(payload, 'scal')) }, undefined, scalAuthor.token)
    const attempt = await rest(`/api/stories/${response.json.id as number}`, { method: 'PATCH', token: actors['regional-own'].token, body: { status: 'approved' } })
    expect(attempt.status).toBeGreaterThanOrEqual(400)
    expect((await storiesAs(actors['regional-own'].token)).map((doc) => doc.id)).not.toContain(response.json.id)
  })
})

describe('admin title', () => {
  const longText = 'Our unit pulled together every night of the surge, and nobody complained once about the hours.'
  const labelOf = async (id: unknown) => (await rest(`/api/stories/${String(id)}?depth=0`, { token: actors.communications.token })).json.label
  const edit = (id: unknown, body: Record<string, unknown>) => rest(`/api/stories/${String(id)}`, { method: 'PATCH', token: actors.communications.token, body })

  it('names an untitled story by the start of its text, and a photo-only story "Photo story"', async () => {
    const writer = await signUpAndConfirm(payload, ncal)
    const text = await submit({ ...baseFields(), text: longText }, undefined, writer.token)
    expect(await labelOf(text.json.id)).toBe('Our unit pulled together every night of the surge, and…')
    const photo = await submit({ region: String(ncal), consentToPublish: 'on' }, { bytes: png, name: 'p.png', type: 'image/png' }, writer.token)
    expect(await labelOf(photo.json.id)).toBe('Photo story')
    // The member's account page lists their stories by the same names.
    const account = await getAccount(await payload.findByID({ collection: 'members', id: writer.id }), 'en')
    expect(account.stories.map((story) => story.title)).toEqual(['Photo story', 'Our unit pulled together every night of the surge, and…'])
  })

  it('follows staff edits of the title and the text, and cannot be set by hand', async () => {
    const writer = await signUpAndConfirm(payload, ncal)
    const { json } = await submit({ ...baseFields(), text: longText }, undefined, writer.token)
    expect((await edit(json.id, { title: 'Surge nights' })).status).toBe(200)
    expect(await labelOf(json.id)).toBe('Surge nights')
    await edit(json.id, { title: '', text: 'Short and edited.' })
    expect(await labelOf(json.id)).toBe('Short and edited.')
    await edit(json.id, { label: 'Something else' })
    expect(await labelOf(json.id)).toBe('Short and edited.')
  })
})

describe('moderation e-mails', () => {
  const moderate = (id: unknown, body: Record<string, unknown>) => rest(`/api/stories/${String(id)}`, { method: 'PATCH', token: actors.communications.token, body })
  const storyMail = (email: string) => outbox(email).filter((message) => !/confirm your e-mail/i.test(message.subject))

  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('tells the member once when their story is approved, with a link to the stories, and sends nothing on submission', async () => {
    const writer = await signUpAndConfirm(payload, ncal, 'Approved Writer')
    const { json } = await submit({ ...baseFields(), title: 'Surge nights' }, undefined, writer.token)
    expect(storyMail(writer.email)).toEqual([])

    expect((await moderate(json.id, { status: 'approved' })).status).toBe(200)
    const [mail, ...more] = storyMail(writer.email)
    expect(more).toEqual([])
    expect(mail!.subject).toBe('Your story is published')
    expect(mail!.text).toMatch(/Hello Approved Writer,[\s\S]*“Surge nights” is now published/)
    expect(linkIn(mail, 'http://localhost:3000/stories')).toBe('http://localhost:3000/stories')

    // Saving the approved story again (a typo fixed) is not news for the member.
    await moderate(json.id, { title: 'Surge nights, 2021' })
    expect(storyMail(writer.email)).toHaveLength(1)
  })

  it('passes on the moderator note when an edit is needed, escaped, with a link to the account page', async () => {
    const writer = await signUpAndConfirm(payload, ncal)
    const { json } = await submit(baseFields(), undefined, writer.token)
    const note = 'Please leave out the ward name <b>4 West</b> & the date.'
    expect((await moderate(json.id, { status: 'needs-edit', moderatorNote: note })).status).toBe(200)
    const [mail] = storyMail(writer.email)
    expect(mail!.text).toContain(note)
    expect(mail!.html).toContain('Please leave out the ward name &lt;b&gt;4 West&lt;/b&gt; &amp; the date.')
    expect(mail!.html).not.toContain('<b>')
    expect(linkIn(mail, 'http://localhost:3000/account')).toBe('http://localhost:3000/account')
  })

  it('declines kindly when a story is rejected', async () => {
    const writer = await signUpAndConfirm(payload, ncal)
    const { json } = await submit(baseFields(), undefined, writer.token)
    await moderate(json.id, { status: 'rejected' })
    const [mail] = storyMail(writer.email)
    expect(mail!.subject).toBe('About the story you shared')
    expect(mail!.text).toMatch(/Thank you for taking the time[\s\S]*not to publish[\s\S]*welcome to share another story/)
  })

  it('still saves the decision when the e-mail cannot be sent', async () => {
    const writer = await signUpAndConfirm(payload, ncal)
    const { json } = await submit(baseFields(), undefined, writer.token)
    vi.spyOn(payload, 'sendEmail').mockRejectedValueOnce(new Error('connect ECONNREFUSED smtp:587'))
    const response = await moderate(json.id, { status: 'approved' })
    expect(response.status).toBe(200)
    expect((await payload.findByID({ collection: 'stories', id: json.id as number })).status).toBe('approved')
  })
})

describe('photo metadata', () => {
  const storedFile = async (id: unknown) => {
    const story = await payload.findByID({ collection: 'stories', id: id as number })
    const response = await fetchFile(story.filename!)
    return { story, bytes: response }
  }
  const fetchFile = async (filename: string) => {
    const response = await handleEndpoints({
      config,
      path: `/api/stories/file/${filename}`,
      request: new Request(`http://localhost:3000/api/stories/file/${filename}`, { headers: { authorization: `JWT ${actors.communications.token}` } }),
    })
    return Buffer.from(await response.arrayBuffer())
  }

  it('drops EXIF (camera, GPS position) and XMP from a phone photo, keeps it a JPEG and stands it upright', async () => {
    // 40×20 pixels stored sideways with "rotate 90°" in EXIF, as phones do.
    const photo = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#884422' } })
      .jpeg()
      .withExif({
        IFD0: { Make: 'TestPhone', Model: 'Pro 12', Artist: 'Jane Doe' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '37/1 46/1 30/1', GPSLongitudeRef: 'W', GPSLongitude: '122/1 25/1 10/1' },
      })
      .withMetadata({ orientation: 6 })
      .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="Jane Doe"/></rdf:RDF></x:xmpmeta>')
      .toBuffer()
    const sent = await sharp(photo).metadata()
    expect(sent.exif?.toString('latin1')).toContain('TestPhone')

    const writer = await signUpAndConfirm(payload, ncal)
    const response = await submit({ region: String(ncal), consentToPublish: 'on' }, { bytes: photo, name: 'IMG_0001.jpg', type: 'image/jpeg' }, writer.token)
    expect(response.status).toBe(201)
    const { story, bytes } = await storedFile(response.json.id)
    const stored = await sharp(bytes).metadata()
    expect(stored.format).toBe('jpeg')
    expect(story.mimeType).toBe('image/jpeg')
    expect(stored.exif).toBeUndefined()
    expect(stored.xmp).toBeUndefined()
    expect(stored.orientation).toBeUndefined()
    expect(bytes.toString('latin1')).not.toMatch(/TestPhone|Jane Doe/)
    expect([stored.width, stored.height]).toEqual([20, 40])
    expect([story.width, story.height, story.filesize]).toEqual([20, 40, bytes.length])
  })

  it('drops metadata from PNG and WebP photos too, keeping their format', async () => {
    const writer = await signUpAndConfirm(payload, ncal)
    for (const format of ['png', 'webp'] as const) {
      const photo = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } })
        .toFormat(format)
        .withExif({ IFD0: { Artist: 'Jane Doe' } })
        .toBuffer()
      expect((await sharp(photo).metadata()).exif).toBeDefined()
      const response = await submit({ region: String(ncal), consentToPublish: 'on' }, { bytes: photo, name: `p.${format}`, type: `image/${format}` }, writer.token)
      const { story, bytes } = await storedFile(response.json.id)
      const stored = await sharp(bytes).metadata()
      expect([stored.format, story.mimeType, stored.exif]).toEqual([format, `image/${format}`, undefined])
    }
  })

  it('stores a video byte for byte', async () => {
    // The smallest well-formed MP4: an `ftyp` box and a 64-byte `mdat` box.
    const clip = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypmp42'), Buffer.alloc(4), Buffer.from('mp42isom'), Buffer.from([0, 0, 0, 72]), Buffer.from('mdat'), Buffer.alloc(64, 7)])
    const writer = await signUpAndConfirm(payload, ncal)
    const response = await submit({ region: String(ncal), consentToPublish: 'on' }, { bytes: clip, name: 'clip.mp4', type: 'video/mp4' }, writer.token)
    expect(response.status).toBe(201)
    const { story, bytes } = await storedFile(response.json.id)
    expect(story.mimeType).toBe('video/mp4')
    expect(bytes.equals(clip)).toBe(true)
  })

  it('refuses a photo that cannot be decoded', async () => {
    const truncated = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]), Buffer.alloc(200)])
    const before = (await payload.count({ collection: 'stories' })).totalDocs
    const writer = await signUpAndConfirm(payload, ncal)
    const response = await submit({ region: String(ncal), consentToPublish: 'on' }, { bytes: truncated, name: 'broken.jpg', type: 'image/jpeg' }, writer.token)
    expect(response.status).toBe(415)
    expect(response.json.error).toMatch(/could not read that photo/i)
    expect((await payload.count({ collection: 'stories' })).totalDocs).toBe(before)
  })
})
