import { getEnv } from '@/lib/env'
import { LANG_COOKIE_MAX_AGE } from '@/lib/i18n/languageScript'
import { LANG_COOKIE, type Lang } from '@/lib/i18n/languages'

/**
 * The `lang` cookie (the one the language switch sets) for a member's own language, so signing in on
 * any device shows the site in it. Not httpOnly: the inline language script reads it.
 */
export function memberLanguageCookie(lang: Lang): string {
  const secure = getEnv().SERVER_URL.startsWith('https:') ? '; Secure' : ''
  return `${LANG_COOKIE}=${lang}; Path=/; Max-Age=${LANG_COOKIE_MAX_AGE}; SameSite=Lax${secure}`
}

/** Adds the cookie to whatever Payload sends back for this request (login, account update). */
export function sendMemberLanguageCookie(req: { responseHeaders?: Headers }, lang: Lang) {
  req.responseHeaders ??= new Headers()
  req.responseHeaders.append('set-cookie', memberLanguageCookie(lang))
}
