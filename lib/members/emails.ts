import { renderTransactional } from '@/lib/email/render'
import { getEnv } from '@/lib/env'
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

/** `&lang=es` on an e-mailed API link, so where it lands (also when it has expired) is in the member's language. */
const langParam = (lang: Lang) => (lang === DEFAULT_LANG ? '' : `&lang=${lang}`)

export function confirmUrl(token: string, lang: Lang = DEFAULT_LANG) {
  return `${getEnv().SERVER_URL}/api/members/confirm?token=${encodeURIComponent(token)}${langParam(lang)}`
}

/** Without `next` the link lands on the member's account page, in their language. */
export function magicLinkUrl(token: string, next?: string, lang: Lang = DEFAULT_LANG) {
  const back = next && next !== '/account' ? `&next=${encodeURIComponent(next)}` : ''
  return `${getEnv().SERVER_URL}/api/members/magic-link/verify?token=${encodeURIComponent(token)}${back}${langParam(lang)}`
}

/** The sign-up confirmation (Payload sends its HTML part, with this subject, from collections/Members). */
export function confirmationEmail(name: string, token: string, lang: Lang) {
  const t = messages(lang)
  return renderTransactional({
    lang,
    subject: t.email.confirmSubject,
    greeting: t.email.greeting(name),
    lines: [t.email.confirmText],
    link: { href: confirmUrl(token, lang), label: t.email.confirmLink },
  })
}

export function magicLinkEmail(name: string, token: string, next: string | undefined, lang: Lang) {
  const t = messages(lang)
  return renderTransactional({
    lang,
    subject: t.email.magicLinkSubject,
    greeting: t.email.greeting(name),
    lines: [t.email.magicLinkText, t.email.magicLinkIgnore],
    link: { href: magicLinkUrl(token, next, lang), label: t.email.magicLinkLink },
  })
}
