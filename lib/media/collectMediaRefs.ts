import type { Block, Field } from 'payload'

import { type MediaReach, strongerReach } from './visibility'

const MEDIA = 'media'

/** How a field's own read rule limits who sees what is inside it. */
export type FieldGate = 'open' | 'members-only' | 'restricted'

export type RefContext = {
  /** The item's audience: a members-only field is open to everyone on a public item. */
  audience: string | null | undefined
  /** Classifies a field that has its own read access (the members-only body rule, or anything stricter). */
  gateOf: (field: Field) => FieldGate
  /** Blocks referenced by slug (`blockReferences`) are defined once in the config. */
  blocks?: Block[]
}

type Data = Record<string, unknown>
type Refs = Map<number, MediaReach>

const isData = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value)

function idOf(value: unknown): number | null {
  if (typeof value === 'number') return value
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value)
  if (isData(value)) return idOf(value.id)
  return null
}

function add(refs: Refs, value: unknown, reach: MediaReach) {
  const id = idOf(value)
  if (id !== null) refs.set(id, strongerReach(refs.get(id), reach))
}

/** Upload, relationship and link nodes in a rich-text value carry `{ relationTo, value }`. */
function addRichTextRefs(refs: Refs, value: unknown, reach: MediaReach) {
  if (Array.isArray(value)) {
    for (const item of value) addRichTextRefs(refs, item, reach)
    return
  }
  if (!isData(value)) return
  if (value.relationTo === MEDIA && 'value' in value) add(refs, value.value, reach)
  for (const child of Object.values(value)) if (typeof child === 'object') addRichTextRefs(refs, child, reach)
}

function addRelationRefs(refs: Refs, relationTo: string | string[], value: unknown, reach: MediaReach) {
  const values = Array.isArray(value) ? value : [value]
  for (const item of values) {
    if (Array.isArray(relationTo)) {
      if (isData(item) && item.relationTo === MEDIA) add(refs, item.value, reach)
    } else if (relationTo === MEDIA) {
      add(refs, item, reach)
    }
  }
}

function reachFor(gate: FieldGate, audience: RefContext['audience']): MediaReach {
  if (gate === 'open') return 'everyone'
  if (gate === 'members-only') return audience === 'public' ? 'everyone' : 'members'
  return 'members'
}

function narrower(outer: FieldGate, inner: FieldGate): FieldGate {
  const order: FieldGate[] = ['open', 'members-only', 'restricted']
  return order.indexOf(inner) > order.indexOf(outer) ? inner : outer
}

function walk(fields: Field[], data: unknown, gate: FieldGate, context: RefContext, refs: Refs) {
  if (!isData(data)) return
  for (const field of fields) {
    const own = 'access' in field && field.access?.read ? narrower(gate, context.gateOf(field)) : gate
    const value = 'name' in field && field.name ? data[field.name] : data
    switch (field.type) {
      case 'upload':
      case 'relationship':
        addRelationRefs(refs, field.relationTo, value, reachFor(own, context.audience))
        break
      case 'richText':
        addRichTextRefs(refs, value, reachFor(own, context.audience))
        break
      case 'row':
      case 'collapsible':
        walk(field.fields, data, own, context, refs)
        break
      case 'group':
        walk(field.fields, value, own, context, refs)
        break
      case 'tabs':
        for (const tab of field.tabs) walk(tab.fields, 'name' in tab && tab.name ? data[tab.name] : data, own, context, refs)
        break
      case 'array':
        if (Array.isArray(value)) for (const row of value) walk(field.fields, row, own, context, refs)
        break
      case 'blocks':
        if (Array.isArray(value)) {
          const blocks = [...(field.blocks ?? []), ...(field.blockReferences ?? []).map((ref) => (typeof ref === 'string' ? context.blocks?.find((block) => block.slug === ref) : ref))]
          for (const row of value) {
            const block = isData(row) ? blocks.find((candidate) => candidate?.slug === row.blockType) : undefined
            if (block) walk(block.fields, row, own, context, refs)
          }
        }
        break
      default:
        break
    }
  }
}

/**
 * Every media file an item's data points at — uploads, relationships and rich-text nodes at any depth of
 * arrays, groups, tabs and blocks — with how far that item shows it (the strongest use wins).
 */
export function collectMediaRefs(fields: Field[], data: unknown, context: RefContext): Map<number, MediaReach> {
  const refs: Refs = new Map()
  walk(fields, data, 'open', context, refs)
  return refs
}

/** Whether a field (or anything inside it) can point at media; rich text always can. */
function canReferenceMedia(field: Field, blocks: Block[] = []): boolean {
  switch (field.type) {
    case 'upload':
    case 'relationship':
      return Array.isArray(field.relationTo) ? field.relationTo.includes(MEDIA) : field.relationTo === MEDIA
    case 'richText':
      return true
    case 'row':
    case 'collapsible':
    case 'group':
    case 'array':
      return field.fields.some((sub) => canReferenceMedia(sub, blocks))
    case 'tabs':
      return field.tabs.some((tab) => tab.fields.some((sub) => canReferenceMedia(sub, blocks)))
    case 'blocks':
      return [...(field.blocks ?? []), ...(field.blockReferences ?? [])].some((ref) => {
        const block = typeof ref === 'string' ? blocks.find((candidate) => candidate.slug === ref) : ref
        return block?.fields.some((sub) => canReferenceMedia(sub, blocks)) ?? false
      })
    default:
      return false
  }
}

/** A `select` for the top-level data that can hold media, so reading an item loads only that. */
export function mediaRefSelect(fields: Field[], blocks: Block[] = []): Record<string, true> {
  const select: Record<string, true> = {}
  for (const field of fields) {
    if (!canReferenceMedia(field, blocks)) continue
    if (field.type === 'row' || field.type === 'collapsible' || (field.type === 'group' && !('name' in field && field.name))) {
      Object.assign(select, mediaRefSelect(field.fields, blocks))
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) select[tab.name] = true
        else Object.assign(select, mediaRefSelect(tab.fields, blocks))
      }
    } else if ('name' in field && field.name) {
      select[field.name] = true
    }
  }
  return select
}
