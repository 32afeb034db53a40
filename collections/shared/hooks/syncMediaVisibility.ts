import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Field, PayloadRequest, TypeWithID } from 'payload'

import type { FieldGate } from '@/lib/media/collectMediaRefs'
import type { UsageRules } from '@/lib/media/itemUsage'
import { syncItemMediaUsage } from '@/lib/media/syncItemMediaUsage'

import { membersOnlyBody } from '../access/content'

/** The members-only body rule opens a field on public items only; any other read rule keeps it closed. */
const gateOf = (field: Field): FieldGate => ('access' in field && field.access?.read === membersOnlyBody ? 'members-only' : 'restricted')
export const mediaUsageRules: UsageRules = { gateOf }

/**
 * Keeps every file's "used by" rows (and so its visibility) in step with the items that use it: on
 * create, edit, autosave, publish, unpublish, schedule, restore and delete, for the files used before
 * and after, inside the same transaction. Runs even when seeding (`disableRevalidate`).
 */
export const syncMediaUsageAfterChange: CollectionAfterChangeHook<TypeWithID> = async ({ collection, doc, req }) => {
  await syncItemMediaUsage(req, collection, doc.id, mediaUsageRules)
  return doc
}

export const syncMediaUsageAfterDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await syncItemMediaUsage(req, collection, id, mediaUsageRules)
}

/** The collections whose items use files: the ones this hook is registered on. */
export function mediaSourceCollections(req: PayloadRequest) {
  return Object.values(req.payload.collections)
    .map(({ config }) => config)
    .filter((config) => config.hooks.afterChange?.includes(syncMediaUsageAfterChange))
}
