// Review before publish (issue 14): every step × every role through REST and the Local API, the refusal
// of a regional editor's direct publish through REST, GraphQL and the Local API, approval now and at a
// requested time, the author's e-mail, and edits after approval. Each check reads the database.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { outbox } from '@/lib/email/outbox'
import { applyReviewAction } from '@/lib/review/applyReviewAction'
import { REVIEW_REQUIRED } from '@/lib/review/needsReview'
import type { ReviewAction } from '@/lib/review/states'
import type { ReviewCollection } from '@/lib/schemas/review'
import { seed } from '@/scripts/seed/index'

import { type Actor, loadActors, reqFor, type Role } from '../helpers/actors'
import { CONTENT_COLLECTIONS, contentData, GRAPHQL_LIST, makeDoc, regionId, TITLE_FIELD } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { graphql, login, rest } from '../helpers/rest'
import { scheduleAs } from '../helpers/schedule'
import { contentCleanup, signUpAndConfirm } from './members-fixtures'

type ReviewRole = Role | 'regional-trusted' | 'member'
const REVIEW_ROLES: ReviewRole[] = ['admin', 'communications', 'regional-own', 'regional-trusted', 'regional-other', 'member', 'anonymous']
const TRUSTED = { email: 'trusted.editor@example.org', password: 'Trusted-editor-2026!' }

let payload: Payload
let actors: Record<ReviewRole, Actor & { token?: string }>
let ncal: number
let trustedRegion: number
const cleanup = contentCleanup(() => payload)

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { demoStaff: true })
  const base = await loadActors(payload)
  ncal = await regionId(payload, 'ncal')
  const existing = await payload.find({ collection: 'regions', where: { code: { equals: 'rvtrust' } }, limit: 1 })
  trustedRegion = existing.docs[0]?.id ?? (await payload.create({ collection: 'regions', data: { name: 'Trusted Test Region', code: 'rvtrust', trusted: true, timeZone: 'America/Los_Angeles' } })).id
  const found = await payload.find({ collection: 'users', where: { email: { equals: TRUSTED.email } }, limit: 1, depth: 0 })
  const trustedUser = found.docs[0] ?? (await payload.create({ collection: 'users', data: { ...TRUSTED, name: 'Trusted Editor', role: 'regional', regions: [trustedRegion] } }))
  const member = await signUpAndConfirm(payload, ncal, 'Review Member')
  const memberDoc = await payload.findByID({ collection: 'members', id: member.id, depth: 0 })
  actors = {
    ...base,
    'regional-trusted': { role: 'regional-own', user: { ...trustedUser, collection: 'users' }, token: await login(TRUSTED.email, TRUSTED.password) },
    // The Actor type is for staff; a member's user is only used to show the Local API refuses them too.
    member: { role: 'anonymous', token: member.token, user: undefined },
  }
  memberUser = { ...memberDoc, collection: 'members' }
})

let memberUser: { id: number; collection: 'members' } & Record<string, unknown>

afterAll(async () => {
  await cleanup.run()
  await payload.delete({ collection: 'users', where: { email: { equals: TRUSTED.email } } })
  await payload.delete({ collection: 'regions', where: { code: { equals: 'rvtrust' } } })
})

const raw = { overrideAccess: true, depth: 0 } as const

/** The item's latest draft as stored (review fields included). */
async function latest(collection: ReviewCollection, id: number) {
  const { docs } = await payload.find({ collection, where: { id: { equals: id } }, draft: true, ...raw })
  const doc: Record<string, unknown> = { ...docs[0] }
  return { doc, review: { ...(doc.review as Record<string, unknown> | undefined) } }
}

/** The published row (what visitors read), or undefined. */
async function live(collection: ReviewCollection, id: number) {
  const { docs } = await payload.find({ collection, where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] }, ...raw })
  return docs[0]
}

/** A draft in `region` whose review stands at `state` (written as the review code writes it). */
async function itemIn(state: 'none' | 'submitted' | 'approved', region: number, collection: ReviewCollection = 'announcements') {
  const doc = cleanup.track(collection, await makeDoc(payload, collection, { regions: [region] }))
  if (state !== 'none') {
    const editor = region === trustedRegion ? actors['regional-trusted'] : actors['regional-own']
    await applyReviewAction(await reqFor(payload, editor), editor.user!, collection, doc.id, { action: 'submit' })
  }
  if (state === 'approved') {
    await applyReviewAction(await reqFor(payload, actors.communications), actors.communications.user!, collection, doc.id, { action: 'approve' })
  }
  return doc
}

const bodyFor = (action: ReviewAction) => (action === 'request_changes' ? { action, note: 'Please add the meeting time.' } : { action })
const FROM: Record<ReviewAction, 'none' | 'submitted'> = { submit: 'none', approve: 'submitted', request_changes: 'submitted', reject: 'submitted' }
const TO: Record<ReviewAction, string> = { submit: 'submitted', approve: 'approved', request_changes: 'changes_requested', reject: 'rejected' }

/** What each role gets, per step: the HTTP status. */
const EXPECTED: Record<ReviewAction, Record<ReviewRole, number>> = {
  submit: { admin: 200, communications: 200, 'regional-own': 200, 'regional-trusted': 200, 'regional-other': 404, member: 403, anonymous: 401 },
  approve: { admin: 200, communications: 200, 'regional-own': 403, 'regional-trusted': 403, 'regional-other': 404, member: 403, anonymous: 401 },
  request_changes: { admin: 200, communications: 200, 'regional-own': 403, 'regional-trusted': 403, 'regional-other': 404, member: 403, anonymous: 401 },
  reject: { admin: 200, communications: 200, 'regional-own': 403, 'regional-trusted': 403, 'regional-other': 404, member: 403, anonymous: 401 },
}

describe.each(Object.keys(EXPECTED) as ReviewAction[])('%s', (action) => {
  it.each(REVIEW_ROLES)('REST · %s', async (role) => {
    const region = role === 'regional-trusted' ? trustedRegion : ncal
    const doc = await itemIn(FROM[action], region)
    const response = await rest(`/api/announcements/${doc.id}/review`, { method: 'POST', token: actors[role].token, body: bodyFor(action) })
    const expected = EXPECTED[action][role]
    expect(response.status, response.text).toBe(expected)
    const { review } = await latest('announcements', doc.id)
    expect(review.state).toBe(expected === 200 ? TO[action] : FROM[action])
    if (expected !== 200) expect(typeof response.json?.error).toBe('string')
    expect(Boolean(await live('announcements', doc.id))).toBe(expected === 200 && action === 'approve')
  })

  it.each(REVIEW_ROLES.filter((role) => !['member', 'anonymous'].includes(role)))('Local API · %s', async (role) => {
    const region = role === 'regional-trusted' ? trustedRegion : ncal
    const doc = await itemIn(FROM[action], region)
    const expected = EXPECTED[action][role]
    const request = action === 'request_changes' ? { action, note: 'Please add the meeting time.' } : { action }
    const status = await applyReviewAction(await reqFor(payload, actors[role]), actors[role].user!, 'announcements', doc.id, request).then(
      () => 200,
      (error: { status?: number }) => error.status ?? 500,
    )
    expect(status).toBe(expected)
    expect((await latest('announcements', doc.id)).review.state).toBe(expected === 200 ? TO[action] : FROM[action])
  })
})

describe('invalid steps and input', () => {
  it('answers 409 with a sentence for a step the state does not allow', async () => {
    const fresh = await itemIn('none', ncal)
    const approve = await rest(`/api/announcements/${fresh.id}/review`, { method: 'POST', token: actors.communications.token, body: { action: 'approve' } })
    expect(approve.status).toBe(409)
    expect(approve.json.error).toMatch(/waiting for review/)
    const waiting = await itemIn('submitted', ncal)
    const again = await rest(`/api/announcements/${waiting.id}/review`, { method: 'POST', token: actors['regional-own'].token, body: { action: 'submit' } })
    expect(again.status).toBe(409)
    expect(again.json.error).toBe('This item is already waiting for review.')
  })

  it('answers 400 naming the field for a missing note, an unknown action, a past time or a bad id; 404 for an unknown item', async () => {
    const waiting = await itemIn('submitted', ncal)
    const post = (path: string, body: unknown) => rest(path, { method: 'POST', token: actors.communications.token, body })
    const noNote = await post(`/api/announcements/${waiting.id}/review`, { action: 'request_changes' })
    expect(noNote.status).toBe(400)
    expect(Object.keys(noNote.json.fields as object)).toEqual(['note'])
    expect((await post(`/api/announcements/${waiting.id}/review`, { action: 'publish' })).status).toBe(400)
    const fresh = await itemIn('none', ncal)
    const past = await rest(`/api/announcements/${fresh.id}/review`, { method: 'POST', token: actors['regional-own'].token, body: { action: 'submit', requestedAt: '2020-01-01T00:00:00Z' } })
    expect(past.status).toBe(400)
    expect(Object.keys(past.json.fields as object)).toEqual(['requestedAt'])
    expect((await post('/api/announcements/0x1/review', { action: 'approve' })).status).toBe(400)
    expect((await post('/api/announcements/2147483000/review', { action: 'approve' })).status).toBe(404)
    expect((await latest('announcements', waiting.id)).review.state).toBe('submitted')
    expect((await latest('announcements', fresh.id)).review.state).toBe('none')
  })

  it('ignores review fields sent through the ordinary APIs, for every role', async () => {
    for (const role of REVIEW_ROLES) {
      const doc = await itemIn('none', ncal)
      await rest(`/api/announcements/${doc.id}?draft=true`, { method: 'PATCH', token: actors[role].token, body: { review: { state: 'approved' } } })
      const user = role === 'member' ? memberUser : actors[role].user
      await payload
        .update({ collection: 'announcements', id: doc.id, data: { review: { state: 'approved' } }, draft: true, overrideAccess: false, user })
        .catch(() => undefined)
      expect((await latest('announcements', doc.id)).review.state, role).toBe('none')
    }
  })
})

describe('a regional editor of an untrusted region cannot publish directly', () => {
  it.each(CONTENT_COLLECTIONS)('%s: REST, GraphQL and the Local API refuse; nothing is published', async (collection) => {
    const editor = actors['regional-own']
    const doc = cleanup.track(collection, await makeDoc(payload, collection, { regions: [ncal] }))
    const patch = await rest(`/api/${collection}/${doc.id}`, { method: 'PATCH', token: editor.token, body: { _status: 'published' } })
    expect(patch.status).toBe(403)
    expect(patch.json.error ?? JSON.stringify(patch.json)).toContain('Submit for review')
    const oneLanguage = await rest(`/api/${collection}/${doc.id}?publishSpecificLocale=es&locale=es`, { method: 'PATCH', token: editor.token, body: { _status: 'published' } })
    expect(oneLanguage.status).toBe(403)
    const created = await rest(`/api/${collection}`, { method: 'POST', token: editor.token, body: { ...contentData(collection), regions: [ncal], _status: 'published' } })
    expect(created.status).toBe(403)
    const list = GRAPHQL_LIST[collection]
    const mutation = `update${list.replace(/s$/, '')}`
    const gql = await graphql(`mutation { ${mutation}(id: ${doc.id}, data: { _status: published }) { id } }`, editor.token)
    expect(gql.errors?.[0]?.message ?? 'no error').toContain('Submit for review')
    await expect(
      payload.update({ collection: collection, id: doc.id, data: { _status: 'published' }, overrideAccess: false, user: editor.user }),
    ).rejects.toThrow(REVIEW_REQUIRED)
    expect(await live(collection, doc.id)).toBeUndefined()
    const titled = await payload.find({ collection: collection, where: { [TITLE_FIELD[collection]]: { equals: (created.json?.doc as Record<string, unknown> | undefined)?.[TITLE_FIELD[collection]] ?? '-' } }, ...raw })
    expect(titled.totalDocs).toBe(0)
  })

  it('a save of a published item without draft=true is a publish, so refused too; unpublishing is allowed', async () => {
    const editor = actors['regional-own']
    const doc = cleanup.track('announcements', await makeDoc(payload, 'announcements', { regions: [ncal], status: 'published' }))
    const edit = await rest(`/api/announcements/${doc.id}`, { method: 'PATCH', token: editor.token, body: { title: 'Changed live' } })
    expect(edit.status).toBe(403)
    expect((await live('announcements', doc.id))?.title).not.toBe('Changed live')
    const draftEdit = await rest(`/api/announcements/${doc.id}?draft=true`, { method: 'PATCH', token: editor.token, body: { title: 'Changed in draft' } })
    expect(draftEdit.status).toBe(200)
    const down = await rest(`/api/announcements/${doc.id}`, { method: 'PATCH', token: editor.token, body: { _status: 'draft' } })
    expect(down.status).toBe(200)
    expect(await live('announcements', doc.id)).toBeUndefined()
  })

  it('staff of a trusted region publish as before', async () => {
    const doc = cleanup.track('announcements', await makeDoc(payload, 'announcements', { regions: [trustedRegion] }))
    const patch = await rest(`/api/announcements/${doc.id}`, { method: 'PATCH', token: actors['regional-trusted'].token, body: { _status: 'published' } })
    expect(patch.status).toBe(200)
    expect(await live('announcements', doc.id)).toBeDefined()
  })

  it('the schedule drawer refuses a publish schedule (not an unpublish); a queued one fails with the reason', async () => {
    const editor = actors['regional-own']
    const doc = cleanup.track('announcements', await makeDoc(payload, 'announcements', { regions: [ncal] }))
    expect(await scheduleAs(payload, editor, doc.id, 'publish', new Date(Date.now() - 1000))).toEqual({ error: REVIEW_REQUIRED })
    const livePost = cleanup.track('announcements', await makeDoc(payload, 'announcements', { regions: [ncal], status: 'published' }))
    expect(await scheduleAs(payload, editor, livePost.id, 'unpublish', new Date(Date.now() - 1000))).not.toHaveProperty('error')

    // A publish queued as the editor some other way (e.g. before the region lost its trust) fails when it runs.
    const job = await payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish', doc: { relationTo: 'announcements', value: doc.id }, user: { relationTo: 'users', value: editor.user!.id } } })
    await payload.jobs.runByID({ id: job.id })
    const ran = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
    expect(ran.hasError).toBe(true)
    expect(JSON.stringify(ran.log ?? ran.error)).toContain('Submit for review')
    expect(await live('announcements', doc.id)).toBeUndefined()
    await payload.jobs.run({ queue: 'default', limit: 100 })
    expect(await live('announcements', livePost.id)).toBeUndefined()
  })
})

describe('approve, request changes, edits after approval', () => {
  it('approve without a time publishes at once, every language, as the approver', async () => {
    const doc = await itemIn('submitted', ncal)
    const response = await rest(`/api/announcements/${doc.id}/review`, { method: 'POST', token: actors.communications.token, body: { action: 'approve' } })
    expect(response.status).toBe(200)
    const published = await live('announcements', doc.id)
    expect(published?.publishedBy).toBe(actors.communications.user!.id)
    const { review } = await latest('announcements', doc.id)
    expect(review).toMatchObject({ state: 'approved', decidedBy: actors.communications.user!.id, submittedBy: actors['regional-own'].user!.id })
  })

  it('approve with a future requested time queues the publish; running the job publishes it', async () => {
    const doc = cleanup.track('announcements', await makeDoc(payload, 'announcements', { regions: [ncal] }))
    const at = new Date(Date.now() + 60 * 60 * 1000)
    const submit = await rest(`/api/announcements/${doc.id}/review`, { method: 'POST', token: actors['regional-own'].token, body: { action: 'submit', requestedAt: at.toISOString() } })
    expect(submit.status).toBe(200)
    const approve = await rest(`/api/announcements/${doc.id}/review`, { method: 'POST', token: actors.admin.token, body: { action: 'approve' } })
    expect(approve.status).toBe(200)
    expect(approve.json.publishesAt).toBe(at.toISOString())
    expect(await live('announcements', doc.id)).toBeUndefined()
    const jobs = await payload.find({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { 'input.doc.value': { equals: doc.id } }] }, ...raw })
    expect(jobs.docs).toHaveLength(1)
    expect(new Date(jobs.docs[0]!.waitUntil!).toISOString()).toBe(at.toISOString())
    // The time has "come": run that job now (runByID ignores waitUntil), as the runner would then.
    await payload.jobs.runByID({ id: jobs.docs[0]!.id })
    expect((await live('announcements', doc.id))?.publishedBy).toBe(actors.admin.user!.id)
  })

  it('request changes e-mails the author the note, which the item keeps for the admin', async () => {
    const doc = await itemIn('submitted', ncal)
    const author = actors['regional-own'].user!.email
    const before = outbox(author).length
    const response = await rest(`/api/announcements/${doc.id}/review`, { method: 'POST', token: actors.communications.token, body: { action: 'request_changes', note: 'Add the ward names, please.' } })
    expect(response.status).toBe(200)
    const mails = outbox(author)
    expect(mails.length).toBe(before + 1)
    expect(mails[0]!.subject).toContain('Changes requested')
    expect(mails[0]!.text).toContain('Add the ward names, please.')
    expect(mails[0]!.text).toContain(`/admin/collections/announcements/${doc.id}`)
    expect((await latest('announcements', doc.id)).review).toMatchObject({ state: 'changes_requested', note: 'Add the ward names, please.' })
    // The author reads it through the API they use (the admin's draft read), not only the database.
    const read = await rest(`/api/announcements/${doc.id}?draft=true`, { token: actors['regional-own'].token })
    expect((read.json.review as Record<string, unknown>).note).toBe('Add the ward names, please.')
    expect((await rest(`/api/announcements/${doc.id}?draft=true`, { token: undefined })).json?.review).toBeUndefined()
  })

  it('an edit after approval goes back to review and drops the approved schedule; an unchanged autosave does not', async () => {
    const editor = actors['regional-own']
    const doc = cleanup.track('announcements', await makeDoc(payload, 'announcements', { regions: [ncal] }))
    const at = new Date(Date.now() + 60 * 60 * 1000).toISOString()
    await applyReviewAction(await reqFor(payload, editor), editor.user!, 'announcements', doc.id, { action: 'submit', requestedAt: at })
    await applyReviewAction(await reqFor(payload, actors.communications), actors.communications.user!, 'announcements', doc.id, { action: 'approve' })
    const { doc: approved } = await latest('announcements', doc.id)

    const same = await rest(`/api/announcements/${doc.id}?draft=true&autosave=true`, { method: 'PATCH', token: editor.token, body: { title: approved.title, summary: approved.summary ?? '' } })
    expect(same.status).toBe(200)
    expect((await latest('announcements', doc.id)).review.state).toBe('approved')

    const changed = await rest(`/api/announcements/${doc.id}?draft=true&autosave=true`, { method: 'PATCH', token: editor.token, body: { title: 'Changed after approval' } })
    expect(changed.status).toBe(200)
    expect((await latest('announcements', doc.id)).review).toMatchObject({ state: 'submitted', submittedBy: editor.user!.id, requestedAt: at })
    const jobs = await payload.find({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { 'input.doc.value': { equals: doc.id } }] }, ...raw })
    expect(jobs.docs).toHaveLength(0)
    expect(await live('announcements', doc.id)).toBeUndefined()
  })

  it('communications publishing a waiting item by hand approves it; the queue no longer lists it', async () => {
    const doc = await itemIn('submitted', ncal)
    const comms = actors.communications
    await payload.update({ collection: 'announcements', id: doc.id, data: { _status: 'published' }, overrideAccess: false, user: comms.user })
    expect((await latest('announcements', doc.id)).review).toMatchObject({ state: 'approved', decidedBy: comms.user!.id })
  })
})
