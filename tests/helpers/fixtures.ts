import type { CollectionSlug, Payload } from 'payload'

import { lexical } from '@/scripts/seed/lexical'

export const CONTENT_COLLECTIONS = ['announcements', 'bargaining-updates', 'campaigns', 'leadership', 'pages'] as const
export type ContentSlug = (typeof CONTENT_COLLECTIONS)[number]

/** GraphQL list query names, as Payload derives them from each collection's labels. */
export const GRAPHQL_LIST: Record<ContentSlug, string> = {
  announcements: 'Announcements',
  'bargaining-updates': 'BargainingUpdates',
  campaigns: 'Campaigns',
  leadership: 'Leaders',
  pages: 'Pages',
}

/** The field each collection uses as its title (leadership: the person's name). */
export const TITLE_FIELD: Record<ContentSlug, string> = {
  announcements: 'title',
  'bargaining-updates': 'title',
  campaigns: 'title',
  leadership: 'name',
  pages: 'title',
}

let counter = 0

/** Minimal valid data for a document of the collection, with a unique title. */
export function contentData(collection: ContentSlug, title = `Fixture ${collection} ${Date.now()}-${++counter}`): Record<string, unknown> {
  const base = { [TITLE_FIELD[collection]]: title }
  switch (collection) {
    case 'bargaining-updates':
      // Alert off (the collection's default is on): a fixture published by any test would otherwise queue
      // an alert job in the shared queue, ahead of the jobs other files run with payload.jobs.run's limit.
      return { ...base, table: '2099 Test Bargaining', status: 'in-session', authoredBy: 'coalition', alert: { send: false } }
    case 'campaigns':
      return { ...base, status: 'active' }
    case 'leadership':
      return { ...base, title: 'Test Role', status: 'current' }
    case 'pages':
      return { ...base, layout: [{ blockType: 'richText', content: lexical(['Fixture text.']) }] }
    default:
      return base
  }
}

/** Creates a fixture bypassing access control (setup, not the behaviour under test). */
export async function makeDoc(
  payload: Payload,
  collection: ContentSlug,
  { regions = [], status = 'draft', title }: { regions?: number[]; status?: 'draft' | 'published'; title?: string } = {},
) {
  const doc = await payload.create({
    collection: collection as CollectionSlug,
    data: { ...contentData(collection, title), regions, _status: status } as never,
    draft: status === 'draft',
    context: { disableRevalidate: true },
  })
  return doc as unknown as { id: number; [key: string]: unknown }
}

export async function regionId(payload: Payload, code: string) {
  const { docs } = await payload.find({ collection: 'regions', where: { code: { equals: code } }, limit: 1 })
  if (!docs[0]) throw new Error(`region ${code} missing: seed first`)
  return docs[0].id
}
