import { documentText } from '@/lib/search/plainText'

/** The fields the index reads, common to the SEARCHABLE collections (leaders have a name and bio). */
export type SearchableDoc = Record<string, unknown> & {
  title?: string | null
  name?: string | null
  slug?: string | null
  summary?: string | null
  bio?: string | null
  audience?: string | null
  spanishStatus?: string | null
}

/** A search row's text in one language. */
export type SearchText = { title: string | null; summary: string | null; bodyText: string | null }

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null)

const isMembersOnly = (doc: SearchableDoc) => doc.audience === 'members'

/**
 * The English text of a row: title, summary and body text. Members-only bodies (a leader's bio
 * included) never reach search snippets: such items are found by title and summary only.
 */
export function englishSearchText(collectionSlug: string, doc: SearchableDoc): SearchText & { title: string; bodyText: string } {
  return {
    title: doc.title && collectionSlug !== 'leadership' ? doc.title : `${doc.name} — ${doc.title}`,
    summary: doc.summary ?? (isMembersOnly(doc) ? null : doc.bio) ?? null,
    bodyText: isMembersOnly(doc) ? '' : documentText(doc),
  }
}

const isEmpty = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && value.length === 0)

/**
 * The Spanish text of a row, from the item read in Spanish without fallback (`spanish`), or all
 * nulls when its Spanish is not marked ready: then the Spanish search reads the English columns
 * (the search's `coalesce(title_es, title)`), as the Spanish site shows the English text.
 * A column is null where the item has no Spanish text of its own, so the English one stands in,
 * field by field, as the Spanish page's fallback does.
 */
export function spanishSearchText(collectionSlug: string, english: SearchableDoc, spanish: SearchableDoc | null): SearchText {
  const none = { title: null, summary: null, bodyText: null }
  if (!spanish || english.spanishStatus !== 'ready') return none
  const title = text(spanish.title)
  const membersOnly = isMembersOnly(english)
  // The body as a Spanish reader sees it: each field in Spanish, or in English where it has no Spanish yet.
  const merged: SearchableDoc = { ...english }
  for (const [key, value] of Object.entries(spanish)) if (!isEmpty(value)) merged[key] = value
  const bodyText = membersOnly ? null : documentText(merged)
  return {
    title: title && collectionSlug === 'leadership' ? `${english.name} — ${title}` : title,
    summary: text(spanish.summary) ?? (membersOnly ? null : text(spanish.bio)),
    // Same as the English body: nothing of it is in Spanish, so the English column stands in.
    bodyText: bodyText && bodyText !== englishSearchText(collectionSlug, english).bodyText ? bodyText : null,
  }
}
