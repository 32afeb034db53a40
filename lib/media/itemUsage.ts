import type { Field, PayloadRequest, SanitizedCollectionConfig, SelectType } from 'payload'

import { collectMediaRefs, type FieldGate, mediaRefSelect } from './collectMediaRefs'
import { type MediaReach, type MediaUsage, strongerReach, usageKey } from './visibility'

/** How the project's own field rules are told apart (kept out of lib/: the rule lives with the collections). */
export type UsageRules = { gateOf: (field: Field) => FieldGate }

type ItemData = Record<string, unknown> & { id: number | string; _status?: string | null; audience?: string | null }

function titleOf(collection: SanitizedCollectionConfig, doc: ItemData): string {
  const value = doc[collection.admin.useAsTitle ?? 'id']
  return typeof value === 'string' && value.trim() ? value : `#${doc.id}`
}

/**
 * The files one item uses and how far it shows each: its published version decides `everyone` or
 * `members`; a newer draft (or an item never published, or unpublished) adds `draft` uses, which keep
 * a file closed until the item is published. A deleted item uses nothing.
 */
export async function readItemUsage(req: PayloadRequest, collection: SanitizedCollectionConfig, id: number | string, rules: UsageRules): Promise<Map<number, MediaUsage>> {
  const blocks = req.payload.config.blocks ?? []
  const select: SelectType = { ...mediaRefSelect(collection.fields, blocks), [collection.admin.useAsTitle ?? 'id']: true, audience: true, _status: true }
  const read = async (draft: boolean) =>
    (await req.payload.findByID({
      collection: collection.slug,
      id,
      depth: 0,
      draft,
      overrideAccess: true,
      req,
      select,
      disableErrors: true,
    })) as ItemData | null
  const main = await read(false)
  if (!main) return new Map()
  const hasDrafts = Boolean(collection.versions?.drafts)
  const latest = hasDrafts ? await read(true) : null

  const reaches = new Map<number, MediaReach>()
  const merge = (doc: ItemData, published: boolean) => {
    for (const [media, reach] of collectMediaRefs(collection.fields, doc, { audience: doc.audience, gateOf: rules.gateOf, blocks })) {
      reaches.set(media, strongerReach(reaches.get(media), published ? reach : 'draft'))
    }
  }
  merge(main, !hasDrafts || main._status === 'published')
  if (latest) merge(latest, false)

  const key = usageKey(collection.slug, main.id)
  const title = titleOf(collection, latest ?? main)
  const item = Number(main.id)
  return new Map([...reaches].map(([media, reach]) => [media, { key, collection: collection.slug, item, title, reach }]))
}
