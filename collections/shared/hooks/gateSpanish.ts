import type { CollectionAfterReadHook, CollectionBeforeChangeHook, Field } from 'payload'

import { staffUser } from '@/lib/auth/viewer'

import type { UnknownDoc } from '../unknownDoc'

type Doc = UnknownDoc & { spanishStatus?: string | null }

/** Top-level names holding localized text (a group or array with localized fields counts whole). */
export function localizedNames(fields: Field[]): string[] {
  return fields.flatMap((field): string[] => {
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [] : localizedNames(tab.fields)))
    if (!('name' in field)) return 'fields' in field ? localizedNames(field.fields) : []
    if ('localized' in field && field.localized) return [field.name]
    if ('fields' in field && localizedNames(field.fields).length > 0) return [field.name]
    return []
  })
}

/**
 * Starting a Spanish text marks the item as in progress, so the list shows translations under way.
 * Ready is always a person's choice (the sidebar field), never implied by publishing: a translator
 * may publish a Spanish draft to keep it safe, and readers still get the English until it is Ready.
 */
export const trackSpanishStatus: CollectionBeforeChangeHook<Doc> = ({ collection, data, originalDoc, req }) => {
  if (req.locale !== 'es') return data
  const status = data.spanishStatus ?? originalDoc?.spanishStatus ?? 'none'
  const wroteSpanish = localizedNames(collection.fields).some((name) => hasText(data[name]))
  if (status === 'none' && wroteSpanish) return { ...data, spanishStatus: 'in-progress' }
  return data
}

function hasText(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== ''
  if (Array.isArray(value)) return value.length > 0
  return value !== null && typeof value === 'object'
}

/**
 * Readers who are not staff get the Spanish text only when it is marked ready; otherwise the item's
 * English text, through every API (REST, GraphQL, Local API), so an unfinished translation never leaks.
 * Staff read it as stored: the admin and the preview show their Spanish draft.
 */
export const gateSpanish: CollectionAfterReadHook<Doc> = async ({ doc, req, collection, context }) => {
  // 'none': no Spanish text was ever saved (trackSpanishStatus), so the fallback already reads English.
  if (staffUser(req) || context.englishOnly || doc.spanishStatus === 'ready' || !doc.spanishStatus || doc.spanishStatus === 'none') return doc
  const names = localizedNames(collection.fields).filter((name) => name in doc)
  if (names.length === 0) return doc
  if (req.locale === 'all') {
    // Every language at once: drop the unready Spanish values.
    for (const name of names) {
      const value = doc[name]
      if (value && typeof value === 'object' && 'es' in value) delete (value as Record<string, unknown>).es
    }
    return doc
  }
  if (req.locale !== 'es') return doc
  const depth = Number(req.query?.depth ?? 1)
  const english = await req.payload.findByID({
    collection: collection.slug as 'pages',
    id: doc.id,
    locale: 'en',
    depth: Number.isFinite(depth) ? Math.min(Math.max(depth, 0), 1) : 1,
    draft: false,
    overrideAccess: false,
    user: req.user,
    select: Object.fromEntries(names.map((name) => [name, true])),
    context: { englishOnly: true },
    disableErrors: true,
  })
  if (!english) return doc
  const source: Record<string, unknown> = { ...english }
  for (const name of names) doc[name] = source[name]
  return doc
}
