import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

const WORDS = [
  'staffing', 'bonus', 'wages', 'bargaining', 'pharmacy', 'laboratory', 'scheduling', 'overtime', 'safety', 'training',
  'benefits', 'retirement', 'childcare', 'parking', 'vaccine', 'steward', 'meeting', 'survey', 'petition', 'partnership',
]

/**
 * Benchmark data: `count` published announcements (a third coalition-wide, the rest spread over the
 * regions; one in twenty mentions both "staffing" and "bonus", so the benchmark's search has hits) with their search rows, written in one SQL statement because 10k+ Local API creates take
 * minutes. They get no version history — public reads never look at versions.
 */
export async function seedBulkAnnouncements(payload: Payload, count: number): Promise<number> {
  const { docs: regions } = await payload.find({ collection: 'regions', limit: 50, depth: 0, sort: 'id' })
  if (regions.length === 0) throw new Error('Run the regular seed first: no regions yet.')
  const regionIds = `{${regions.map((region) => region.id).join(',')}}`
  const batch = Date.now().toString(36)
  const words = `{${WORDS.join(',')}}`
  const result = await payload.db.drizzle.execute(sql`
    with params as (select ${words}::text[] as w, ${regionIds}::int[] as r),
    gen as (
      select
        'Update ' || g || ': ' || initcap(p.w[1 + g % 20]) || ' and ' || p.w[1 + (g * 7) % 20] as title,
        'bulk-' || ${batch} || '-' || g as slug,
        'What members need to know about ' || p.w[1 + (g * 3) % 20] || ' and ' || p.w[1 + (g * 3 + 1) % 20] || ' this week.' as summary,
        jsonb_build_object('root', jsonb_build_object('type', 'root', 'format', '', 'indent', 0, 'version', 1, 'direction', 'ltr',
          'children', jsonb_build_array(jsonb_build_object('type', 'paragraph', 'format', '', 'indent', 0, 'version', 1,
            'direction', 'ltr', 'textFormat', 0, 'textStyle', '', 'children', jsonb_build_array(jsonb_build_object(
              'type', 'text', 'format', 0, 'detail', 0, 'mode', 'normal', 'style', '', 'version', 1,
              'text', 'Details on ' || p.w[1 + (g * 5) % 20] || ' and ' || p.w[1 + (g * 11) % 20] || ' from your bargaining team.')))))) as body,
        case when g % 3 = 0 then '' else (p.r[1 + g % array_length(p.r, 1)])::text end as region_key,
        now() - make_interval(hours => g) as published_at
      from generate_series(1, ${count}::int) g, params p
    ),
    ins as (
      insert into announcements (slug, featured, region_key, published_at, _status)
      select slug, false, region_key, published_at, 'published' from gen
      returning id, slug
    ),
    -- The text is localized (English only here: their Spanish is "not translated").
    texts as (
      insert into announcements_locales (title, summary, body, _locale, _parent_id)
      select gen.title, gen.summary, gen.body, 'en', ins.id from gen join ins on ins.slug = gen.slug
      returning 1
    ),
    rels as (
      insert into announcements_rels ("order", parent_id, path, regions_id)
      select 1, ins.id, 'regions', gen.region_key::int from gen join ins on ins.slug = gen.slug where gen.region_key <> ''
      returning 1
    ),
    search_rows as (
      insert into search (title, priority, kind, slug, summary, body_text, region_key, published_at)
      select title, 10, 'announcements', slug, summary, body #>> '{root,children,0,children,0,text}', region_key, published_at from gen
      returning id, slug
    )
    insert into search_rels ("order", parent_id, path, announcements_id)
    select 1, search_rows.id, 'doc', ins.id from search_rows join ins on ins.slug = search_rows.slug
  `)
  // What autovacuum does a minute later on a live database: planner statistics for the new rows (or
  // every query plans for an empty table) and a visibility map (so counts scan the index only).
  await payload.db.drizzle.execute(sql`vacuum (analyze) announcements, announcements_locales, announcements_rels, search, search_rels`)
  return result.rowCount ?? count
}
