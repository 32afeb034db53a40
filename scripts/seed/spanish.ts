// The demo content's Spanish text, written next to each English item (its `es`) and stored after the
// English create as the same document's Spanish locale, the way an editor's translation is.
import type { Payload } from 'payload'

import type { Announcement, BargainingUpdate, Campaign, Leadership, Page, Site } from '@/payload-types'

import type { lexical } from './lexical'

type LexicalDoc = ReturnType<typeof lexical>
type Row<T> = NonNullable<T> extends Array<infer R> ? R : never

/** Localized fields of an array's rows, in the English rows' order. */
type RowText<T, Keys extends keyof Row<T>> = Array<Pick<Row<T>, Keys>>

export type SpanishAnnouncement = { title: string; summary: string; body: LexicalDoc; payouts?: RowText<Announcement['payouts'], 'label' | 'paymentDate'> }

export type SpanishBargainingUpdate = { title: string; summary: string; body: LexicalDoc; keyIssues: RowText<BargainingUpdate['keyIssues'], 'issue' | 'detail'> }

export type SpanishCampaign = {
  title: string
  summary: string
  body: LexicalDoc
  demands: RowText<Campaign['demands'], 'demand' | 'detail'>
  goal?: { label?: string; result?: string }
  ctaLabel: string
  keyDates: RowText<Campaign['keyDates'], 'label'>
}

export type SpanishLeader = { title: string; bio: string }

export type SpanishPage = { title: string; summary: string; layout: Page['layout'] }

export type SpanishSite = { tagline: string; footerNote: string; offices: RowText<Site['offices'], 'label'> }

// Seeded items are back-catalogue: no revalidation (no server yet), and no e-mail alerts to members.
const context = { disableRevalidate: true, disableAlerts: true }

/**
 * Publishing the Spanish text marks it ready, so the Spanish site shows it at once (as publishing from
 * the admin's Spanish editor does). The slug is sent as stored: it would otherwise be refilled from
 * the Spanish title, and a page keeps one slug in both languages.
 */
const published = (slug: string | null | undefined) => ({ _status: 'published' as const, spanishStatus: 'ready' as const, slug })

/**
 * The rows as stored, each with its Spanish text: same ids, so Payload matches the rows instead of
 * replacing them, and the fields that are not translated (amounts, dates, regions) stay as they are.
 */
function withText<R extends object, T extends Partial<R>>(rows: R[] | null | undefined, texts: T[], what: string): R[] {
  const stored = rows ?? []
  if (stored.length !== texts.length) throw new Error(`seed: ${what} has ${stored.length} rows in English and ${texts.length} in Spanish`)
  return stored.map((row, index) => ({ ...row, ...texts[index] }))
}

export async function addSpanishAnnouncement(payload: Payload, id: number, es: SpanishAnnouncement) {
  const doc = await payload.findByID({ collection: 'announcements', id, depth: 0, locale: 'en' })
  const { payouts, ...text } = es
  await payload.update({
    collection: 'announcements',
    id,
    locale: 'es',
    context,
    data: { ...text, ...published(doc.slug), ...(payouts ? { payouts: withText(doc.payouts, payouts, `"${doc.title}" payouts`) } : {}) },
  })
}

export async function addSpanishBargainingUpdate(payload: Payload, id: number, es: SpanishBargainingUpdate) {
  const doc = await payload.findByID({ collection: 'bargaining-updates', id, depth: 0, locale: 'en' })
  const { keyIssues, ...text } = es
  await payload.update({
    collection: 'bargaining-updates',
    id,
    locale: 'es',
    context,
    data: { ...text, ...published(doc.slug), keyIssues: withText(doc.keyIssues, keyIssues, `"${doc.title}" key issues`) },
  })
}

export async function addSpanishCampaign(payload: Payload, id: number, es: SpanishCampaign) {
  const doc = await payload.findByID({ collection: 'campaigns', id, depth: 0, locale: 'en' })
  const { demands, goal, ctaLabel, keyDates, ...text } = es
  await payload.update({
    collection: 'campaigns',
    id,
    locale: 'es',
    context,
    data: {
      ...text,
      ...published(doc.slug),
      demands: withText(doc.demands, demands, `"${doc.title}" demands`),
      keyDates: withText(doc.keyDates, keyDates, `"${doc.title}" key dates`),
      goal: { ...doc.goal, ...goal },
      cta: { ...doc.cta, label: ctaLabel },
    },
  })
}

export async function addSpanishLeader(payload: Payload, id: number, es: SpanishLeader) {
  const doc = await payload.findByID({ collection: 'leadership', id, depth: 0, locale: 'en' })
  await payload.update({ collection: 'leadership', id, locale: 'es', context, data: { ...es, ...published(doc.slug) } satisfies Partial<Leadership> })
}

export async function addSpanishPage(payload: Payload, id: number, es: SpanishPage) {
  const doc = await payload.findByID({ collection: 'pages', id, depth: 0, locale: 'en' })
  // A page's layout is translated as a whole: the Spanish blocks are a list of their own.
  await payload.update({ collection: 'pages', id, locale: 'es', context, data: { ...es, ...published(doc.slug) } })
}

export async function addSpanishSite(payload: Payload, es: SpanishSite) {
  const site = await payload.findGlobal({ slug: 'site', depth: 0, locale: 'en' })
  const { offices, ...text } = es
  await payload.updateGlobal({ slug: 'site', locale: 'es', context, data: { ...text, offices: withText(site.offices, offices, 'site offices') } })
}

/** A region's or local's Spanish name (neither has a Spanish status: the name is shown as soon as it is there). */
export async function addSpanishName(payload: Payload, collection: 'regions' | 'locals', id: number, name: string) {
  await payload.update({ collection, id, locale: 'es', context, data: { name } })
}
