import type { Lang } from '@/lib/i18n/languages'
import type { BargainingUpdate } from '@/payload-types'

import { isMembersOnly } from './audience'
import { contentHref } from './links'
import { shownInEnglishOnly } from './translation'
import type { BargainingSession, KeyIssue, NextSession } from './types'

export const bargainingSessionSelect = {
  title: true,
  slug: true,
  table: true,
  sessionNumber: true,
  status: true,
  sessionStart: true,
  sessionEnd: true,
  location: true,
  authoredBy: true,
  summary: true,
  publishedAt: true,
  keyIssues: true,
  nextSessionStart: true,
  nextSessionEnd: true,
  nextSessionLocation: true,
  audience: true,
  spanishStatus: true,
} as const

type SessionDoc = Pick<BargainingUpdate, 'id' | 'title' | 'table' | 'status' | 'authoredBy'> &
  Partial<Pick<BargainingUpdate, 'audience' | 'spanishStatus'>> &
  Partial<Pick<BargainingUpdate, 'slug' | 'sessionNumber' | 'sessionStart' | 'sessionEnd' | 'location' | 'summary' | 'publishedAt' | 'keyIssues' | 'nextSessionStart' | 'nextSessionEnd' | 'nextSessionLocation'>>

/** A session as read in one language; englishOnly: the Spanish site shows its English text. */
export function toSession(doc: SessionDoc, lang: Lang): BargainingSession {
  const slug = doc.slug ?? String(doc.id)
  return {
    slug,
    href: contentHref('bargaining', slug),
    title: doc.title,
    table: doc.table,
    sessionNumber: doc.sessionNumber ?? null,
    status: doc.status,
    sessionStart: doc.sessionStart ?? null,
    sessionEnd: doc.sessionEnd ?? null,
    location: doc.location ?? null,
    authoredBy: doc.authoredBy,
    summary: doc.summary ?? null,
    publishedAt: doc.publishedAt ?? null,
    keyIssues: (doc.keyIssues ?? []).map((row) => ({ issue: row.issue, detail: row.detail ?? null })),
    nextSession: doc.nextSessionStart
      ? { start: doc.nextSessionStart, end: doc.nextSessionEnd ?? null, location: doc.nextSessionLocation ?? null }
      : null,
    membersOnly: isMembersOnly(doc),
    englishOnly: shownInEnglishOnly(doc, lang),
  }
}

const time = (iso: string | null) => (iso ? Date.parse(iso) : Number.NEGATIVE_INFINITY)

/** When a session happened, or when its update went out if it has no date yet. */
const sessionTime = (session: BargainingSession) => Math.max(time(session.sessionStart), time(session.publishedAt))

function newestFirst(a: BargainingSession, b: BargainingSession): number {
  return sessionTime(b) - sessionTime(a) || (b.sessionNumber ?? 0) - (a.sessionNumber ?? 0) || a.slug.localeCompare(b.slug)
}

export type SessionTable = { table: string; sessions: BargainingSession[] }

/** Sessions grouped by bargaining table; the most recently active table first, newest session first. */
export function groupSessionsByTable(sessions: BargainingSession[]): SessionTable[] {
  const groups = new Map<string, BargainingSession[]>()
  for (const session of [...sessions].sort(newestFirst)) {
    const group = groups.get(session.table)
    if (group) group.push(session)
    else groups.set(session.table, [session])
  }
  return [...groups].map(([table, grouped]) => ({ table, sessions: grouped }))
}

/** The update members hear about first: the most recently published. */
export function latestUpdate(sessions: BargainingSession[]): BargainingSession | null {
  return [...sessions].sort((a, b) => time(b.publishedAt) - time(a.publishedAt) || newestFirst(a, b))[0] ?? null
}

/** Key issues of the latest update that lists any. */
export function currentKeyIssues(sessions: BargainingSession[]): KeyIssue[] {
  return [...sessions].sort((a, b) => time(b.publishedAt) - time(a.publishedAt)).find((s) => s.keyIssues.length > 0)?.keyIssues ?? []
}

/** The earliest announced next session on or after `today` (YYYY-MM-DD), if any. */
export function pickNextSession(sessions: BargainingSession[], today: string): NextSession | null {
  const upcoming = sessions
    .flatMap((session) =>
      session.nextSession && session.nextSession.start.slice(0, 10) >= today
        ? [{ ...session.nextSession, table: session.table, href: session.href }]
        : [],
    )
    .sort((a, b) => a.start.localeCompare(b.start))
  return upcoming[0] ?? null
}
