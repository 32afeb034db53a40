import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

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
  title: string
  summary: string | null
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
 * Ranked full-text search over published content: PostgreSQL ranks and highlights, then the rows are
 * read back through Payload with the visitor's access, so access rules still decide what is shown.
 */
export async function searchSite(payload: Payload, query: SearchQuery & { regionId?: number }): Promise<SearchResults> {
  const empty = { hits: [], total: 0, totalIsCapped: false, page: query.page, pages: 0 }
  if (!query.q) return empty

  const filters = [sql`s.fts @@ q.query`]
  if (query.type) filters.push(sql`s.kind = ${query.type}`)
  // A region's results include coalition-wide items, as the region pages do.
  if (query.regionId !== undefined) {
    filters.push(sql`(coalesce(s.region_key, '') = '' or (',' || s.region_key || ',') like ${`%,${query.regionId},%`})`)
  }
  const where = sql.join(filters, sql` and `)
  const tsquery = sql`(select websearch_to_tsquery('english', ${query.q}) as query) q`
  const offset = (query.page - 1) * SEARCH_PAGE_SIZE

  const [ranked, counted] = await Promise.all([
    payload.db.drizzle.execute(sql`
      with hits as (
        select s.id, s.published_at,
               ts_rank_cd(s.fts, q.query) * (1 + coalesce(s.priority, 0) / 100.0) as rank
        from search s, ${tsquery}
        where ${where}
        order by rank desc, s.published_at desc nulls last
        limit ${SEARCH_PAGE_SIZE} offset ${offset}
      )
      select h.id, ts_headline('english', coalesce(s.summary, '') || ' … ' || left(coalesce(s.body_text, ''), 4000), q.query, ${HEADLINE_OPTIONS}) as headline
      from hits h join search s on s.id = h.id, ${tsquery}
      order by h.rank desc, h.published_at desc nulls last
    `),
    payload.db.drizzle.execute(sql`
      select count(*)::int as total from (select 1 from search s, ${tsquery} where ${where} limit ${COUNT_CAP + 1}) capped
    `),
  ])

  const rows = ranked.rows as Array<{ id: number; headline: string }>
  const total = Math.min((counted.rows[0] as { total: number }).total, COUNT_CAP)
  const totalIsCapped = (counted.rows[0] as { total: number }).total > COUNT_CAP
  if (rows.length === 0) return { ...empty, total, totalIsCapped, pages: Math.ceil(total / SEARCH_PAGE_SIZE) }

  const visible = await payload.find({
    collection: 'search',
    where: { id: { in: rows.map((row) => row.id) } },
    select: { title: true, kind: true, slug: true, summary: true, publishedAt: true, membersOnly: true },
    overrideAccess: false,
    depth: 0,
    limit: rows.length,
    pagination: false,
  })
  const byId = new Map(visible.docs.map((doc) => [doc.id, doc]))
  const hits = rows.flatMap((row) => {
    const doc = byId.get(row.id)
    if (!doc?.kind || !doc.slug) return []
    return [{
      kind: doc.kind,
      slug: doc.slug,
      title: doc.title ?? '',
      summary: doc.summary ?? null,
      publishedAt: doc.publishedAt ?? null,
      snippet: parseSnippet(row.headline),
      membersOnly: Boolean(doc.membersOnly),
    }]
  })
  return { hits, total, totalIsCapped, page: query.page, pages: Math.ceil(total / SEARCH_PAGE_SIZE) }
}
