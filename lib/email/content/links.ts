import { getEnv } from '@/lib/env'
import { localizedPath, type Lang } from '@/lib/i18n/languages'

import { signEmailToken } from '../links/emailToken'
import type { EmailList } from '../delivery/states'

// Every link in an alert or digest is absolute (mail clients have no base URL) and in the member's language.

export const absolute = (lang: Lang, path: string) => `${getEnv().SERVER_URL}${localizedPath(lang, path)}`

/** The sign-in page, coming back to `path` afterwards: what a members-only item links to in an e-mail. */
export const signInThen = (lang: Lang, path: string) => `${absolute(lang, '/signin')}?next=${encodeURIComponent(localizedPath(lang, path))}`

/** The page where the link's member changes what they receive (no sign-in needed). */
export const preferencesUrl = (lang: Lang, memberId: number) => `${absolute(lang, '/email/preferences')}?t=${signEmailToken(memberId, 'all')}`

/** The page that stops one kind of e-mail, one button (no sign-in needed). */
export const unsubscribePageUrl = (lang: Lang, memberId: number, list: EmailList) =>
  `${absolute(lang, '/email/unsubscribe')}?t=${signEmailToken(memberId, list)}`

/** RFC 8058 one-click unsubscribe: mail providers POST `List-Unsubscribe=One-Click` here. */
export const oneClickUnsubscribeUrl = (memberId: number, list: EmailList) =>
  `${getEnv().SERVER_URL}/api/members/unsubscribe?t=${signEmailToken(memberId, list)}`

// Rendered once per item and language with these in place, then replaced per member (lib/email/delivery/compose.ts).
export const SENTINEL = {
  unsubscribe: 'https://example.invalid/__UNSUBSCRIBE__',
  preferences: 'https://example.invalid/__PREFERENCES__',
} as const
