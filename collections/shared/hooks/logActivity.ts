import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { DRAFT_COALESCE_MS, REVIEW_ACTIONS, type ActivityAction } from '@/lib/activity/actions'
import { changedFieldNames, listNames, mergeNames, utcMinute as when } from '@/lib/activity/changedFields'
import { actorOf, recordActivity, type ActivityEntry } from '@/lib/activity/recordActivity'
import { titleOf } from '@/lib/activity/titleOf'
import type { RegionRef } from '@/lib/regions/regionKey'

import type { UnknownDoc } from '../unknownDoc'
import { publishedBefore } from './revalidate'

// Hooks see neither `draft` nor the version being restored; the operation's arguments do. They are
// kept in req.context per collection (one document per operation), for the afterChange hook below.
const saveKindKey = (slug: string) => `activity:saveKind:${slug}`
const restoreKey = (slug: string) => `activity:restoring:${slug}`

type SaveKind = { draft: boolean }

export const rememberSaveKind: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation === 'update') {
    req.context[saveKindKey(collection.slug)] = { draft: (args as { draft?: unknown }).draft === true } satisfies SaveKind
  }
  if (operation === 'restoreVersion') req.context[restoreKey(collection.slug)] = (args as { id?: unknown }).id
  return args
}

const reviewOf = (doc: UnknownDoc | undefined) => (doc?.review && typeof doc.review === 'object' ? (doc.review as Record<string, unknown>) : {})

const shortNote = (note: unknown) => {
  if (typeof note !== 'string' || note.trim() === '') return ''
  const flat = note.replace(/\s+/g, ' ').trim()
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat
}

/** A review state change (h2's `review` group), as its own entry, with the reviewer's note. */
async function logReviewChange(req: PayloadRequest, base: Omit<ActivityEntry, 'action'>, doc: UnknownDoc, previousDoc: UnknownDoc | undefined) {
  const after = reviewOf(doc)
  const state = typeof after.state === 'string' ? after.state : 'none'
  const action = REVIEW_ACTIONS[state]
  if (!action || state === reviewOf(previousDoc).state) return
  const parts = [
    state === 'submitted' && after.requestedAt ? `publish requested for ${when(after.requestedAt)}` : '',
    shortNote(after.note) ? `note: ${shortNote(after.note)}` : '',
  ].filter(Boolean)
  await recordActivity(req, { ...base, action, summary: parts.join('; ') })
}

/**
 * Autosave writes a draft every 2 s while someone types: their draft saves on one document fold into
 * one entry while they keep saving within DRAFT_COALESCE_MS of the last one (its `at` moves on).
 */
async function logDraftSave(req: PayloadRequest, base: Omit<ActivityEntry, 'action'>, changed: string[]) {
  const { actorId, viaScheduler } = actorOf(req)
  if (actorId !== null && !viaScheduler) {
    const { docs } = await req.payload.find({
      collection: 'activity',
      where: {
        collectionSlug: { equals: base.collection },
        documentId: { equals: String(base.documentId) },
        actorId: { equals: actorId },
        draft: { equals: true },
        at: { greater_than: new Date(Date.now() - DRAFT_COALESCE_MS).toISOString() },
      },
      sort: '-at',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const open = docs[0]
    if (open) {
      const names = mergeNames(open.changedFields, changed)
      await req.payload.update({
        collection: 'activity',
        id: open.id,
        data: { at: new Date().toISOString(), documentTitle: base.documentTitle, changedFields: names.join(', '), summary: `Draft: ${listNames(names)}` },
        depth: 0,
        overrideAccess: true,
        req,
      })
      return
    }
  }
  await recordActivity(req, { ...base, action: 'edited', summary: `Draft: ${listNames(changed)}`, changedFields: changed, draft: true })
}

function classifyUpdate(doc: UnknownDoc, data: Partial<UnknownDoc>, wasLive: boolean, savingDraft: boolean): ActivityAction {
  if (doc._status === 'published') return data._status === 'published' || !wasLive ? 'published' : 'edited'
  if (!savingDraft && wasLive && doc._status === 'draft') return 'unpublished'
  return 'edited'
}

/** Every create, edit, publish, unpublish and restore, in the change's own transaction (same `req`). */
export const logContentChange: CollectionAfterChangeHook<UnknownDoc> = async ({ collection, context, data, doc, operation, previousDoc, req }) => {
  if (context.disableActivityLog) return doc
  const slug = collection.slug
  const base = { collection: slug, documentId: doc.id, documentTitle: titleOf(collection, doc), regions: doc.regions as RegionRef[] | undefined }

  if (operation === 'create') {
    await recordActivity(req, { ...base, action: 'created', summary: doc._status === 'draft' ? 'New draft' : 'New' })
    if (doc._status === 'published') await recordActivity(req, { ...base, action: 'published', summary: 'Published on creation' })
    await logReviewChange(req, base, doc, undefined)
    return doc
  }

  const changed = changedFieldNames(doc, previousDoc)
  const restoring = context[restoreKey(slug)]
  if (restoring !== undefined && context.isRestoringVersion) {
    delete context[restoreKey(slug)]
    const { docs } = await req.payload.db.findVersions({ collection: slug, where: { id: { equals: restoring } }, limit: 1, pagination: false, req })
    const date = docs[0]?.updatedAt
    await recordActivity(req, { ...base, action: 'restored', summary: `Restored the version of ${when(date)}${changed.length ? `; changed ${listNames(changed)}` : ''}`, changedFields: changed })
    return doc
  }

  const savingDraft = (context[saveKindKey(slug)] as SaveKind | undefined)?.draft === true && data._status !== 'published'
  const wasLive = previousDoc?._status === 'published' || context[publishedBefore(slug, doc.id)] === true
  const action = classifyUpdate(doc, data, wasLive, savingDraft)
  if (action === 'edited') {
    // Saves that changed no field (a review decision alone, a repeated autosave) are not edits.
    if (changed.length > 0) {
      if (doc._status === 'draft' || savingDraft) await logDraftSave(req, base, changed)
      else await recordActivity(req, { ...base, action, summary: `Changed ${listNames(changed)}`, changedFields: changed })
    }
  } else {
    const summary = action === 'unpublished' ? 'Taken off the site' : changed.length ? `Published; changed ${listNames(changed)}` : 'Published'
    await recordActivity(req, { ...base, action, summary, changedFields: changed })
  }
  await logReviewChange(req, base, doc, previousDoc)
  return doc
}

export const logContentDelete: CollectionAfterDeleteHook<UnknownDoc> = async ({ collection, context, doc, req }) => {
  if (context.disableActivityLog) return doc
  const status = typeof doc._status === 'string' ? `; it was ${doc._status === 'published' ? 'published' : 'a draft'}` : ''
  await recordActivity(req, {
    action: 'deleted',
    collection: collection.slug,
    documentId: doc.id,
    documentTitle: titleOf(collection, doc),
    regions: doc.regions as RegionRef[] | undefined,
    summary: `Deleted${status}`,
  })
  return doc
}
