// The things with a members-only piece, and the address their piece is read from. Shared by the
// server (route, reader) and the browser (the island that asks for it), so no server code here.

import { DEFAULT_LANG, type Lang } from '@/lib/i18n/languages'

export const MEMBERS_ONLY_KINDS = ['news', 'bargaining', 'campaigns', 'pages', 'leadership'] as const
export type MembersOnlyKind = (typeof MEMBERS_ONLY_KINDS)[number]

/** GET: the item as the signed-in member or staff member reads it, in the page's language; 401 for visitors. Never cached. */
export function membersOnlyPiecePath(kind: MembersOnlyKind, slug: string, lang: Lang): string {
  const path = `/api/members-only/${kind}/${encodeURIComponent(slug)}`
  return lang === DEFAULT_LANG ? path : `${path}?lang=${lang}`
}
