import { getEnv } from '@/lib/env'
import { DEFAULT_LANG, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

export const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)

/** A plain e-mail: greeting, paragraphs and one link; every value is escaped in the HTML part. */
export function layout(greeting: string, lines: string[], link: { href: string; label: string }) {
  const html = `<p>${escapeHtml(greeting)}</p>${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>`
  const text = `${greeting}\n\n${lines.join('\n\n')}\n\n${link.label}: ${link.href}\n`
  return { html, text }
}

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

/** The sign-up confirmation's body (Payload sends it, with the subject from collections/Members). */
export function confirmationEmail(name: string, token: string, lang: Lang) {
  const t = messages(lang)
  return layout(t.email.greeting(name), [t.email.confirmText], { href: confirmUrl(token, lang), label: t.email.confirmLink })
}

export function magicLinkEmail(name: string, token: string, next: string | undefined, lang: Lang) {
  const t = messages(lang)
  return {
    subject: t.email.magicLinkSubject,
    ...layout(t.email.greeting(name), [t.email.magicLinkText, t.email.magicLinkIgnore], { href: magicLinkUrl(token, next, lang), label: t.email.magicLinkLink }),
  }
}
