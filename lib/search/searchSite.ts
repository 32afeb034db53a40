import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { collectionDocHref } from '@/lib/content/links'
import type { Lang } from '@/lib/i18n/languages'
import type { SearchQuery } from '@/lib/schemas/search'

export const SEARCH_PAGE_SIZE = 10
const COUNT_CAP = 1000
// Control characters cannot occur in indexed text, so they mark matches safely; rendering turns
// them into <mark> without ever treating stored text as HTML.
const START = '\u0001'
const STOP = '\u0002'
const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxFragments=2, MaxWords=28, MinWords=10, FragmentDelimiter=" … "`

export type SnippetPart = { text: string; match: boolean }
export type SearchHit = {
  kind: string
  slug: string
  /** The page's path without a language prefix (`/news/x`): the page links to `localizedPath(lang, path)`. */
  path: string
  title: string
  summary: string | null
  /** The language of the title and summary: English on the Spanish site for an item whose Spanish is not ready. */
  textLang: Lang
  publishedAt: string | null
  snippet: SnippetPart[]
  membersOnly: boolean
}
export type SearchResults = { hits: SearchHit[]; total: number; totalIsCapped: boolean; page: number; pages: number }

/**
 * The terms as PostgreSQL reads them: websearch_to_tsquery ignores letter case and runs of spaces, so
 * "Staffing  Bonus" and "staffing bonus" are one search and share one cache entry.
 */
export function normaliseTerms(q: string): string {
  return q.toLowerCase().replace(/\s+/g, ' ').trim()
}

export function parseSnippet(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = []
  for (const chunk of headline.split(START)) {
    const [match, rest] = chunk.includes(STOP) ? chunk.split(STOP, 2) : [null, chunk]
    if (match) parts.push({ text: match, match: true })
    if (rest) parts.push({ text: rest, match: false })
  }
  return parts
}

/**
 * The Spanish stemmer finds an ending like "-ción" only with its accent, and people often type
 * "negociacion": such a word is spelt "-ión" for the as-written half of a Spanish search (a Spanish
 * word never ends in an unaccented "-ion"), so it finds "negociaciones" too.
 */
export function withSpanishAccents(q: string): string {
  return q.replace(/ion(?![\p{L}\p{N}])/giu, 'ión')
}

/** How many words a headline marks. */
const marks = (headline: SQL) => sql`(length(${headline}) - length(replace(${headline}, ${START}, '')))`

/**
 * How each language searches. English: the `fts` column. Spanish: `fts_es`, the Spanish text (the
 * English where an item has no ready Spanish), stemmed as written and without accents (migration
 * 20261206_225812_search_spanish); the query is read both ways and either may match.
 */
function language(lang: Lang, q: string) {
  if (lang === 'en') {
    return {
      fts: sql`s.fts`,
      query: sql`websearch_to_tsquery('english', ${q})`,
      text: sql`coalesce(s.summary, '') || ' … ' || left(coalesce(s.body_text, ''), 4000)`,
      headline: (text: SQL, query: SQL) => sql`ts_headline('english', ${text}, ${query}, ${HEADLINE_OPTIONS})`,
    }
  }
  return {
    fts: sql`s.fts_es`,
    query: sql`(websearch_to_tsquery('spanish', ${withSpanishAccents(q)}) || websearch_to_tsquery('spanish_unaccent', ${q}))`,
    text: sql`coalesce(s.summary_es, s.summary, '') || ' … ' || left(coalesce(s.body_text_es, s.body_text, ''), 4000)`,
    // The words are marked as matched without accents ("anos" in "años") or as written
    // ("negociaciones" in "negociación"): whichever marks more of them.
    headline: (text: SQL, query: SQL) => sql`(
      select case when ${marks(sql`marked.as_written`)} > ${marks(sql`marked.unaccented`)} then marked.as_written else marked.unaccented end
      from (
        select ts_headline('spanish_unaccent', ${text}, ${query}, ${HEADLINE_OPTIONS}) as unaccented,
               ts_headline('spanish', ${text}, ${query}, ${HEADLINE_OPTIONS}) as as_written
      ) marked
    )`,
  }
}

/**
 * Ranked full-text search over published content in the reader's language: PostgreSQL ranks and
 * highlights, then the rows are read back through Payload with the visitor's access, so access rules
 * still decide what is shown. In Spanish the title and summary are the Spanish ones where the item has them.
 */
export async function searchSite(payload: Payload, query: SearchQuery & { regionId?: number; lang: Lang }): Promise<SearchResults> {
  const empty = { hits: [], total: 0, totalIsCapped: false, page: query.page, pages: 0 }
  if (!query.q) return empty

  const { fts, query: tsquery, text, headline } = language(query.lang, query.q)
  const filters = [sql`${fts} @@ q.query`]
  if (query.type) filters.push(sql`s.kind = ${query.type}`)
  // A region's results include coalition-wide items, as the region pages do.
  if (query.regionId !== undefined) {
    filters.push(sql`(coalesce(s.region_key, '') = '' or (',' || s.region_key || ',') like ${`%,${query.regionId},%`})`)
  }
  const where = sql.join(filters, sql` and `)
  const from = sql`(select ${tsquery} as query) q`
  const offset = (query.page - 1) * SEARCH_PAGE_SIZE

  const [ranked, counted] = await Promise.all([
    payload.db.drizzle.execute(sql`
      with hits as (
        select s.id, s.published_at,
               ts_rank_cd(${fts}, q.query) * (1 + coalesce(s.priority, 0) / 100.0) as rank
        from search s, ${from}
        where ${where}
        order by rank desc, s.published_at desc nulls last
        limit ${SEARCH_PAGE_SIZE} offset ${offset}
      )
      select h.id, ${headline(text, sql`q.query`)} as headline
      from hits h join search s on s.id = h.id, ${from}
      order by h.rank desc, h.published_at desc nulls last
    `),
    payload.db.drizzle.execute(sql`
      select count(*)::int as total from (select 1 from search s, ${from} where ${where} limit ${COUNT_CAP + 1}) capped
    `),
  ])

  const rows = ranked.rows as Array<{ id: number; headline: string }>
  const total = Math.min((counted.rows[0] as { total: number }).total, COUNT_CAP)
  const totalIsCapped = (counted.rows[0] as { total: number }).total > COUNT_CAP
  if (rows.length === 0) return { ...empty, total, totalIsCapped, pages: Math.ceil(total / SEARCH_PAGE_SIZE) }

  const visible = await payload.find({
    collection: 'search',
    where: { id: { in: rows.map((row) => row.id) } },
    select: { title: true, titleEs: true, kind: true, slug: true, summary: true, summaryEs: true, publishedAt: true, membersOnly: true },
    overrideAccess: false,
    depth: 0,
    limit: rows.length,
    pagination: false,
  })
  const byId = new Map(visible.docs.map((doc) => [doc.id, doc]))
  const hits = rows.flatMap((row): SearchHit[] => {
    const doc = byId.get(row.id)
    const path = doc?.kind ? collectionDocHref(doc.kind, doc.slug) : null
    if (!doc?.kind || !doc.slug || !path) return []
    // The Spanish title is there exactly when the item's Spanish is ready (collections/Search).
    const spanish = query.lang === 'es' && Boolean(doc.titleEs)
    return [{
      kind: doc.kind,
      slug: doc.slug,
      path,
      title: (spanish ? doc.titleEs : doc.title) ?? '',
      summary: (spanish ? doc.summaryEs ?? doc.summary : doc.summary) ?? null,
      textLang: spanish ? 'es' : 'en',
      publishedAt: doc.publishedAt ?? null,
      snippet: parseSnippet(row.headline),
      membersOnly: Boolean(doc.membersOnly),
    }]
  })
  return { hits, total, totalIsCapped, page: query.page, pages: Math.ceil(total / SEARCH_PAGE_SIZE) }
}
