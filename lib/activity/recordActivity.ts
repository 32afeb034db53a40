import type { PayloadRequest } from 'payload'

import { staffUser } from '@/lib/auth/viewer'
import { regionIds, regionKey, type RegionRef } from '@/lib/regions/regionKey'

import type { ActivityAction } from './actions'
import { isSchedulerRun } from './schedulerRun'

export type ActivityEntry = {
  action: ActivityAction
  collection: string
  documentId: number | string
  documentTitle?: string | null
  /** The document's regions (none = coalition-wide): who may read the entry. */
  regions?: readonly RegionRef[] | null
  summary?: string
  /** Every changed field's name (coalesced draft saves merge into it). */
  changedFields?: readonly string[]
  /** A draft save that later draft saves may fold into (collections/shared/hooks/logActivity.ts). */
  draft?: boolean
}

/** Who acted: the signed-in staff member, or the job runner acting for the person who scheduled it. */
export function actorOf(req: PayloadRequest): { actor: string; actorId: number | null; viaScheduler: boolean } {
  const user = staffUser(req)
  const name = user ? user.name || user.email : null
  if (isSchedulerRun()) return { actor: name ? `Scheduler (for ${name})` : 'Scheduler', actorId: user?.id ?? null, viaScheduler: true }
  return { actor: name ?? 'System', actorId: user?.id ?? null, viaScheduler: false }
}

/**
 * Appends one entry, inside `req`'s transaction: when the change is refused or fails, its entry goes
 * with it. Entries are closed to every API (collections/Activity), so this writes with overrideAccess.
 */
export async function recordActivity(req: PayloadRequest, entry: ActivityEntry): Promise<void> {
  const regions = regionIds(entry.regions)
  await req.payload.create({
    collection: 'activity',
    data: {
      at: new Date().toISOString(),
      ...actorOf(req),
      action: entry.action,
      collectionSlug: entry.collection,
      documentId: String(entry.documentId),
      documentTitle: entry.documentTitle ?? `#${String(entry.documentId)}`,
      regions,
      regionKey: regionKey(regions),
      summary: entry.summary ?? '',
      changedFields: entry.changedFields?.join(', ') ?? '',
      draft: entry.draft ?? false,
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
}
