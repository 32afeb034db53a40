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
  // Each language may use its own files (a Spanish page has its own blocks), so both are read; on a
  // request of their own that shares the transaction, because a Local API call sets its locale on the
  // request it is given (and the save that called this goes on in its own language).
  const read = async (draft: boolean, locale: 'en' | 'es') =>
    (await req.payload.findByID({
      collection: collection.slug,
      id,
      depth: 0,
      draft,
      locale,
      fallbackLocale: false,
      overrideAccess: true,
      req: { transactionID: req.transactionID },
      select,
      disableErrors: true,
    })) as ItemData | null
  const main = await read(false, 'en')
  if (!main) return new Map()
  const hasDrafts = Boolean(collection.versions?.drafts)
  const latest = hasDrafts ? await read(true, 'en') : null
  const spanish = req.payload.config.localization ? [await read(false, 'es'), hasDrafts ? await read(true, 'es') : null] : []

  const reaches = new Map<number, MediaReach>()
  const merge = (doc: ItemData, published: boolean) => {
    for (const [media, reach] of collectMediaRefs(collection.fields, doc, { audience: doc.audience, gateOf: rules.gateOf, blocks })) {
      reaches.set(media, strongerReach(reaches.get(media), published ? reach : 'draft'))
    }
  }
  const isPublished = !hasDrafts || main._status === 'published'
  merge(main, isPublished)
  if (latest) merge(latest, false)
  if (spanish[0]) merge(spanish[0], isPublished)
  if (spanish[1]) merge(spanish[1], false)

  const key = usageKey(collection.slug, main.id)
  // Staff read the list in the admin: the item's English title.
  const title = titleOf(collection, latest ?? main)
  const item = Number(main.id)
  return new Map([...reaches].map(([media, reach]) => [media, { key, collection: collection.slug, item, title, reach }]))
}
