import type { CollectionSlug, Payload, Where } from 'payload'
import { cache } from 'react'

import { canEditRegions } from '@/lib/auth/canEdit'
import { regionIds } from '@/lib/regions/regionKey'
import { staffScope } from '@/lib/regions/staffScope'
import { anyRelationId } from '@/lib/relationId'
import type { User } from '@/payload-types'

import type { Calendar, CalendarEntry, CalendarFilters, CalendarRegion } from './calendarEntry'
import { type CalendarCollection, calendarCollections } from './calendarCollections'
import { failureReason } from './failureReason'
import { staffNames } from './staffNames'
import { readScheduleJobs, type ScheduleJob } from './scheduleJobs'

// The editorial calendar: what goes live (or comes down) when, what went live, and which schedules
// failed, across every content collection. Documents are read as the viewer (overrideAccess: false),
// so Payload's access rules decide what they see; jobs, account names and regions are not the
// viewer's to read through the API, so those are read with access overridden and only ever shown
// for documents the viewer may read.

/** Published items per collection and range, at most: a month of news fits many times over. */
const MAX_PUBLISHED = 500

type DocFacts = { id: number; title: string; regions: number[]; createdBy: number | null; publishedBy: number | null; publishedAt: string | null }

function regionFilter(filters: CalendarFilters): Where[] {
  return filters.region ? [{ regions: { in: [filters.region] } }] : []
}

function toFacts(found: object, titleField: string): DocFacts {
  // Whichever collection it came from: each field is unknown until checked.
  const doc: Record<string, unknown> = Object.fromEntries(Object.entries(found))
  const title = doc[titleField]
  return {
    id: Number(doc.id),
    title: typeof title === 'string' && title.trim() !== '' ? title : `#${String(doc.id)}`,
    regions: regionIds(Array.isArray(doc.regions) ? (doc.regions as Array<number | { id: number }>) : []),
    createdBy: anyRelationId(doc.createdBy),
    publishedBy: anyRelationId(doc.publishedBy),
    publishedAt: typeof doc.publishedAt === 'string' ? doc.publishedAt : null,
  }
}

const FACT_FIELDS = ['regions', 'createdBy', 'publishedBy', 'publishedAt'] as const

function selectFor(collection: CalendarCollection) {
  return Object.fromEntries([collection.titleField, ...FACT_FIELDS].map((field) => [field, true]))
}

/** Which of these ids still exist, whoever may read them (a schedule's document may have been deleted). */
async function existingIds(payload: Payload, slug: CollectionSlug, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set()
  const { docs } = await payload.find({ collection: slug, where: { id: { in: ids } }, select: {}, depth: 0, pagination: false, overrideAccess: true, draft: true })
  return new Set(docs.map((doc) => Number(doc.id)))
}

/** The scheduled documents the viewer may read, as of their latest draft (what the schedule will publish). */
async function readableDocs(payload: Payload, user: User, collection: CalendarCollection, ids: number[], filters: CalendarFilters) {
  if (ids.length === 0) return new Map<number, DocFacts>()
  const { docs } = await payload.find({
    collection: collection.slug,
    where: { and: [{ id: { in: ids } }, ...staffScope(user), ...regionFilter(filters)] },
    select: selectFor(collection),
    draft: true,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user,
  })
  return new Map(docs.map((doc) => [Number(doc.id), toFacts(doc, collection.titleField)]))
}

async function publishedDocs(payload: Payload, user: User, collection: CalendarCollection, { from, to }: { from: Date; to: Date }, filters: CalendarFilters) {
  // An empty range (the dashboard's failures-only read) publishes nothing: no query per collection.
  if (from >= to) return []
  const author: Where[] = filters.author ? [{ or: [{ publishedBy: { equals: filters.author } }, { createdBy: { equals: filters.author } }] }] : []
  const { docs } = await payload.find({
    collection: collection.slug,
    where: {
      and: [
        { _status: { equals: 'published' } },
        { publishedAt: { greater_than_equal: from.toISOString() } },
        { publishedAt: { less_than: to.toISOString() } },
        ...staffScope(user),
        ...regionFilter(filters),
        ...author,
      ],
    },
    select: selectFor(collection),
    sort: 'publishedAt',
    limit: MAX_PUBLISHED,
    depth: 0,
    overrideAccess: false,
    user,
  })
  return docs.map((doc) => toFacts(doc, collection.titleField))
}

/**
 * Every region by id (name, code, time zone): public facts. Once per server render: the dashboard's
 * widgets and the calendar they read all ask for it (React's cache; outside a render, each call reads).
 */
export const regionsById = cache(async (payload: Payload): Promise<Map<number, CalendarRegion>> => {
  const { docs } = await payload.find({ collection: 'regions', select: { name: true, code: true, timeZone: true }, depth: 0, pagination: false, overrideAccess: true })
  return new Map(docs.map((region) => [region.id, { id: region.id, name: region.name, code: region.code, timeZone: region.timeZone }]))
})

type Context = {
  user: User
  adminRoute: string
  regions: Map<number, CalendarRegion>
  names: Map<number, string>
  labels: Map<string, string>
}

const who = (ctx: Context, id: number | null) => (id != null && ctx.names.has(id) ? { id, name: ctx.names.get(id)! } : null)

function jobEntry(ctx: Context, job: ScheduleJob, doc: DocFacts | null): CalendarEntry {
  const collection = job.doc!.collection
  const failure = job.failed || !doc ? failureReason(job.type, job.error, { docExists: Boolean(doc), schedulerExists: job.userId == null || ctx.names.has(job.userId) }) : null
  return {
    key: `job-${job.id}`,
    kind: job.type,
    status: failure ? 'failed' : 'scheduled',
    collection,
    collectionLabel: ctx.labels.get(collection) ?? collection,
    docId: job.doc!.id,
    title: doc?.title ?? '(deleted)',
    regions: (doc?.regions ?? []).flatMap((id) => (ctx.regions.has(id) ? [ctx.regions.get(id)!] : [])),
    when: job.when,
    who: who(ctx, job.userId),
    link: doc ? `${ctx.adminRoute}/collections/${collection}/${doc.id}` : null,
    jobId: job.id,
    failure,
    // A deleted document's schedule can only be dismissed: by whoever set it, or by staff who see everything.
    canRetry: doc ? canEditRegions(ctx.user, doc.regions) : ctx.user.role !== 'regional' || job.userId === ctx.user.id,
  }
}

function publishedEntry(ctx: Context, collection: CalendarCollection, doc: DocFacts): CalendarEntry {
  return {
    key: `published-${collection.slug}-${doc.id}`,
    kind: 'published',
    status: 'published',
    collection: collection.slug,
    collectionLabel: collection.label,
    docId: doc.id,
    title: doc.title,
    regions: doc.regions.flatMap((id) => (ctx.regions.has(id) ? [ctx.regions.get(id)!] : [])),
    when: doc.publishedAt!,
    who: who(ctx, doc.publishedBy),
    link: `${ctx.adminRoute}/collections/${collection.slug}/${doc.id}`,
    jobId: null,
    failure: null,
    canRetry: false,
  }
}

const byWhen = (a: CalendarEntry, b: CalendarEntry) => a.when.localeCompare(b.when) || a.key.localeCompare(b.key)

/**
 * The calendar between `from` and `to` for this staff member: scheduled publishes and unpublishes,
 * failed schedules (also listed apart, whatever their date, until someone retries or dismisses
 * them), and items published in the range. Filters narrow by region, collection and author (the
 * person who scheduled or published, or the item's creator).
 */
export async function getCalendar(payload: Payload, user: User, range: { from: Date; to: Date }, filters: CalendarFilters = {}): Promise<Calendar> {
  const collections = calendarCollections(payload).filter((collection) => !filters.collection || collection.slug === filters.collection)
  const jobs = (await readScheduleJobs(payload, range)).filter((job) => job.doc && collections.some((collection) => collection.slug === job.doc!.collection))

  const docsBySlug = new Map<string, Map<number, DocFacts>>()
  const goneBySlug = new Map<string, Set<number>>()
  const published: Array<{ collection: CalendarCollection; doc: DocFacts }> = []
  await Promise.all(
    collections.map(async (collection) => {
      const ids = [...new Set(jobs.filter((job) => job.doc!.collection === collection.slug).map((job) => job.doc!.id))]
      const [readable, existing, live] = await Promise.all([
        readableDocs(payload, user, collection, ids, filters),
        existingIds(payload, collection.slug, ids),
        publishedDocs(payload, user, collection, range, filters),
      ])
      docsBySlug.set(collection.slug, readable)
      goneBySlug.set(collection.slug, new Set(ids.filter((id) => !existing.has(id))))
      for (const doc of live) published.push({ collection, doc })
    }),
  )

  const visibleJobs = jobs.flatMap((job) => {
    const { collection, id } = job.doc!
    const doc = docsBySlug.get(collection)?.get(id) ?? null
    const gone = goneBySlug.get(collection)?.has(id) ?? false
    // A document the viewer may not read stays invisible; a deleted one shows to whoever could act on it.
    if (!doc && !(gone && !filters.region && (user.role !== 'regional' || job.userId === user.id))) return []
    if (filters.author && job.userId !== filters.author && doc?.createdBy !== filters.author) return []
    return [{ job, doc }]
  })

  const ctx: Context = {
    user,
    adminRoute: payload.config.routes.admin,
    regions: await regionsById(payload),
    names: await staffNames(payload, [...jobs.flatMap((job) => (job.userId != null ? [job.userId] : [])), ...published.flatMap(({ doc }) => (doc.publishedBy != null ? [doc.publishedBy] : []))]),
    labels: new Map(collections.map((collection) => [collection.slug, collection.label])),
  }

  const jobEntries = visibleJobs.map(({ job, doc }) => jobEntry(ctx, job, doc))
  const inRange = (entry: CalendarEntry) => entry.when >= range.from.toISOString() && entry.when < range.to.toISOString()
  return {
    entries: [...jobEntries.filter(inRange), ...published.map(({ collection, doc }) => publishedEntry(ctx, collection, doc))].sort(byWhen),
    failures: jobEntries.filter((entry) => entry.status === 'failed').sort((a, b) => b.when.localeCompare(a.when)),
  }
}
