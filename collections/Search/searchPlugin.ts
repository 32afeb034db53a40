import { searchPlugin } from '@payloadcms/plugin-search'
import type { Field, PayloadRequest } from 'payload'

import { tags } from '@/lib/cacheTags'
import type { Lang } from '@/lib/i18n/languages'
import { type RegionRef, regionKey } from '@/lib/regions/regionKey'

import { isAdmin } from '../shared/access/roles'
import { shownTo } from '../shared/access/visibility'
import { revalidateTagOnChange } from '../shared/hooks/revalidate'
import { englishSearchText, type SearchableDoc, spanishSearchText } from './searchText'

export const SEARCHABLE = ['announcements', 'bargaining-updates', 'campaigns', 'leadership', 'pages'] as const
type SearchableSlug = (typeof SEARCHABLE)[number]

type IndexedDoc = SearchableDoc & { regions?: RegionRef[] | null; publishedAt?: string | null }

/**
 * The published item in one language, as stored (no fallback: a field without Spanish text is
 * empty), whatever language the save that started the sync was made in. Inside the save's
 * transaction, but on a request of its own: a Local API call sets its locale on the request it is
 * given, and the editor's request must keep theirs.
 */
async function readPublished(req: PayloadRequest, collection: SearchableSlug, id: number | string, locale: Lang): Promise<IndexedDoc | null> {
  const doc = await req.payload.findByID({
    collection,
    id,
    locale,
    fallbackLocale: false,
    draft: false,
    overrideAccess: true,
    depth: 0,
    disableErrors: true,
    req: { transactionID: req.transactionID },
  })
  return doc as IndexedDoc | null
}

const extraFields: Field[] = [
  { name: 'kind', type: 'text', index: true, admin: { readOnly: true } },
  { name: 'slug', type: 'text', admin: { readOnly: true } },
  { name: 'summary', type: 'textarea', admin: { readOnly: true } },
  { name: 'bodyText', type: 'textarea', admin: { readOnly: true } },
  // The Spanish text, only while the item's Spanish is marked ready; empty where it has none of its
  // own (the Spanish search then reads the English column). Not localized fields: one row per item.
  { name: 'titleEs', type: 'text', admin: { readOnly: true } },
  { name: 'summaryEs', type: 'textarea', admin: { readOnly: true } },
  { name: 'bodyTextEs', type: 'textarea', admin: { readOnly: true } },
  { name: 'regionKey', type: 'text', index: true, admin: { readOnly: true } },
  { name: 'publishedAt', type: 'date', index: true, admin: { readOnly: true } },
  // Results show a lock for members-only items (their bodies are never indexed).
  { name: 'membersOnly', type: 'checkbox', defaultValue: false, admin: { readOnly: true } },
]

/**
 * Payload's search plugin keeps one row per *published* document (drafts are removed, unpublish
 * deletes the row), with its English and Spanish text. Migrations add weighted tsvectors over these
 * columns (fts: English; fts_es: Spanish, English where there is no Spanish) with GIN indexes;
 * lib/search ranks with PostgreSQL full-text search.
 */
export const search = searchPlugin({
  collections: [...SEARCHABLE],
  // One row per document with both languages' text in columns of their own (titleEs…), so the
  // generated full-text columns stay in one table; see lib/search.
  localize: false,
  deleteDrafts: true,
  syncDrafts: false,
  defaultPriorities: { campaigns: 30, 'bargaining-updates': 20, announcements: 10, pages: 10, leadership: 5 },
  beforeSync: async ({ collectionSlug, originalDoc, searchDoc, req }) => {
    // The plugin hands over the item in the language of the save (an editor may be saving the
    // Spanish text); each language's columns come from a read in that language.
    const collection = collectionSlug as SearchableSlug
    const id = searchDoc.doc.value as number | string
    const english: IndexedDoc = (await readPublished(req, collection, id, 'en')) ?? originalDoc
    const spanish = english.spanishStatus === 'ready' ? await readPublished(req, collection, id, 'es') : null
    const en = englishSearchText(collectionSlug, english)
    const es = spanishSearchText(collectionSlug, english, spanish)
    return {
      ...searchDoc,
      title: en.title,
      kind: collectionSlug,
      slug: english.slug,
      summary: en.summary,
      bodyText: en.bodyText,
      titleEs: es.title,
      summaryEs: es.summary,
      bodyTextEs: es.bodyText,
      membersOnly: english.audience === 'members',
      regionKey: regionKey(english.regions),
      publishedAt: english.publishedAt ?? null,
    }
  },
  searchOverrides: {
    slug: 'search',
    admin: { group: 'Admin', hidden: shownTo('admin') },
    // Rows exist only for published documents, so anyone may read them; only the sync writes them.
    access: { read: () => true, create: isAdmin, update: isAdmin, delete: isAdmin },
    // Cached search results follow the rows: the sync after a content change, or an admin's new priority.
    hooks: { afterChange: [revalidateTagOnChange(tags.search)], afterDelete: [revalidateTagOnChange(tags.search)] },
    fields: ({ defaultFields }) => [...defaultFields, ...extraFields],
  },
})
