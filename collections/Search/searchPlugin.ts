import { searchPlugin } from '@payloadcms/plugin-search'
import type { Field } from 'payload'

import { tags } from '@/lib/cacheTags'
import { type RegionRef, regionKey } from '@/lib/regions/regionKey'
import { documentText } from '@/lib/search/plainText'

import { isAdmin } from '../shared/access/roles'
import { revalidateTagOnChange } from '../shared/hooks/revalidate'

export const SEARCHABLE = ['announcements', 'bargaining-updates', 'campaigns', 'leadership', 'pages'] as const

/** The fields the index reads, common to the SEARCHABLE collections (leaders have a name and bio). */
type SearchableDoc = Record<string, unknown> & {
  title?: string | null
  name?: string | null
  slug?: string | null
  summary?: string | null
  bio?: string | null
  audience?: string | null
  regions?: RegionRef[] | null
  publishedAt?: string | null
}

const extraFields: Field[] = [
  { name: 'kind', type: 'text', index: true, admin: { readOnly: true } },
  { name: 'slug', type: 'text', admin: { readOnly: true } },
  { name: 'summary', type: 'textarea', admin: { readOnly: true } },
  { name: 'bodyText', type: 'textarea', admin: { readOnly: true } },
  { name: 'regionKey', type: 'text', index: true, admin: { readOnly: true } },
  { name: 'publishedAt', type: 'date', index: true, admin: { readOnly: true } },
  // Results show a lock for members-only items (their bodies are never indexed).
  { name: 'membersOnly', type: 'checkbox', defaultValue: false, admin: { readOnly: true } },
]

/**
 * Payload's search plugin keeps one row per *published* document (drafts are removed, unpublish
 * deletes the row). A migration adds a weighted tsvector over these columns with a GIN index;
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
  beforeSync: ({ collectionSlug, originalDoc, searchDoc }) => {
    const doc: SearchableDoc = originalDoc
    return {
      ...searchDoc,
      title: doc.title && collectionSlug !== 'leadership' ? doc.title : `${doc.name} — ${doc.title}`,
      kind: collectionSlug,
      slug: doc.slug,
      // Members-only bodies (a leader's bio included) never reach search snippets: such items are found
      // by title and summary only.
      summary: doc.summary ?? (doc.audience === 'members' ? null : doc.bio) ?? null,
      bodyText: doc.audience === 'members' ? '' : documentText(doc),
      membersOnly: doc.audience === 'members',
      regionKey: regionKey(doc.regions),
      publishedAt: doc.publishedAt ?? null,
    }
  },
  searchOverrides: {
    slug: 'search',
    admin: { group: 'Admin', hidden: ({ user }) => user?.role !== 'admin' },
    // Rows exist only for published documents, so anyone may read them; only the sync writes them.
    access: { read: () => true, create: isAdmin, update: isAdmin, delete: isAdmin },
    // Cached search results follow the rows: the sync after a content change, or an admin's new priority.
    hooks: { afterChange: [revalidateTagOnChange(tags.search)], afterDelete: [revalidateTagOnChange(tags.search)] },
    fields: ({ defaultFields }) => [...defaultFields, ...extraFields],
  },
})
