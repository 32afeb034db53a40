/**
 * Who may open an uploaded file. `public`: anyone, cacheable. `members`: signed-in members and staff only,
 * never stored by a shared cache. Computed from where the file is used (see `mediaVisibility`).
 */
export type MediaVisibility = 'public' | 'members'

/**
 * How far one item shows a file: `everyone` — its published version shows it in a field every visitor
 * reads; `members` — its published version shows it only to members (a members-only item's body,
 * attachments, toolkit, blocks…); `draft` — only an unpublished draft uses it.
 */
export const MEDIA_REACH = ['everyone', 'members', 'draft'] as const
export type MediaReach = (typeof MEDIA_REACH)[number]

export const REACH_LABELS: Record<MediaReach, string> = {
  everyone: 'shows it to everyone',
  members: 'shows it to members only',
  draft: 'uses it in an unpublished draft',
}

/** One item that uses a file, as stored in the media document's `usedBy` rows. */
export type MediaUsage = { key: string; collection: string; item: number; title: string; reach: MediaReach }

/** The `usedBy.key` of an item, so one query finds every file an item used. */
export const usageKey = (collection: string, id: number | string) => `${collection}:${id}`

const strength: Record<MediaReach, number> = { everyone: 2, members: 1, draft: 0 }

export function strongerReach(a: MediaReach | undefined, b: MediaReach): MediaReach {
  return a !== undefined && strength[a] >= strength[b] ? a : b
}

// Rows as stored or as a hook received them: any string, of which only 'everyone' opens the file.
type UsageLike = { reach?: string | null } | null | undefined

/**
 * Public only when staff did not mark it members-only and some published item shows it to everyone:
 * a file shared by a public and a members-only item is public. Everything else — members-only uses,
 * drafts, files not used anywhere (new uploads, or left behind by a deleted item) — stays closed.
 */
export function mediaVisibility({ membersOnly, usedBy }: { membersOnly?: boolean | null; usedBy?: UsageLike[] | null }): MediaVisibility {
  if (membersOnly) return 'members'
  return (usedBy ?? []).some((usage) => usage?.reach === 'everyone') ? 'public' : 'members'
}
