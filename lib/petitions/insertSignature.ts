import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { Lang } from '@/lib/i18n/languages'
import type { SignPetitionInput } from '@/lib/schemas/signature'
import type { Campaign } from '@/payload-types'

/** Calls to action that collect signatures; other campaigns (links, downloads) have no form. */
export const SIGNABLE_CTA = ['sign', 'pledge'] as const

export type SignableCampaign = Pick<Campaign, 'id' | 'title' | 'slug' | 'status' | 'audience'> & { ctaKind: string | null }

/** What one signing statement found and did: no campaign (not published), or the campaign, whether a row was added, and the count. */
export type InsertOutcome = { campaign: null } | { campaign: SignableCampaign; inserted: boolean; count: number }

type Row = { id: number; title: string; slug: string; status: Campaign['status']; audience: Campaign['audience']; cta_kind: string | null; inserted: number; counted: number }

/**
 * Signs in one statement: finds the published campaign by slug, adds the row only when the campaign
 * collects signatures (and is open to this signer), and counts. A trusted server write that bypasses
 * Payload's create (its relationship checks and hooks cost several queries per signature): the input
 * is already validated by zod, the unique (campaign, email) index decides duplicates (ON CONFLICT DO
 * NOTHING: a racing twin waits for the first commit, then adds nothing), and the foreign keys refuse
 * a region or local that does not exist (error 23503, nothing written). Signatures have no hooks,
 * versions or search rows that this skips.
 *
 * The count is the statement's snapshot plus the row just added (a statement does not see its own insert).
 * The campaign's title (a localized field, in campaigns_locales) is the signer's language when its
 * Spanish is ready for readers (as collections/shared/hooks/gateSpanish.ts decides), else English.
 */
export async function insertSignature(
  payload: Payload,
  slug: string,
  input: SignPetitionInput,
  signer: { memberId: number | null; lang: Lang },
): Promise<InsertOutcome> {
  const result = await payload.db.drizzle.execute(sql`
    with campaign as (
      select c.id,
             case when c.spanish_status = 'ready' then coalesce(nullif(own.title, ''), en.title) else en.title end as title,
             c.slug, c.status, c.audience, c.cta_kind
      from campaigns c
      left join campaigns_locales en on en._parent_id = c.id and en._locale = 'en'
      left join campaigns_locales own on own._parent_id = c.id and own._locale = ${signer.lang}
      where c.slug = ${slug} and c._status = 'published'
      limit 1
    ),
    inserted as (
      insert into signatures (campaign_id, member_id, name, email, region_id, local_id, comment, consent_to_contact)
      select id, ${signer.memberId}::int, ${input.name}::varchar, ${input.email}::varchar, ${input.region}::int, ${input.local ?? null}::int,
             ${input.comment ?? null}::varchar, ${input.consentToContact}::boolean
      from campaign
      where status = 'active'
        and cta_kind::text in (${sql.join(SIGNABLE_CTA.map((kind) => sql`${kind}`), sql`, `)})
        and (audience is distinct from 'members' or ${signer.memberId !== null}::boolean)
      on conflict (campaign_id, email) do nothing
      returning id
    )
    select c.id, c.title, c.slug, c.status, c.audience, c.cta_kind,
           (select count(*) from inserted)::int as inserted,
           (select count(*) from signatures s where s.campaign_id = c.id)::int as counted
    from campaign c
  `)
  const row = (result.rows as Row[])[0]
  if (!row) return { campaign: null }
  const inserted = Number(row.inserted) > 0
  return {
    campaign: { id: row.id, title: row.title, slug: row.slug, status: row.status, audience: row.audience, ctaKind: row.cta_kind },
    inserted,
    count: Number(row.counted) + (inserted ? 1 : 0),
  }
}
