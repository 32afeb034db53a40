import { getEnv } from '@/lib/env'

const escape = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)

/** A plain e-mail: greeting, paragraphs and one link; every value is escaped in the HTML part. */
export function layout(greeting: string, lines: string[], link: { href: string; label: string }) {
  const html = `<p>${escape(greeting)}</p>${lines.map((line) => `<p>${escape(line)}</p>`).join('')}<p><a href="${escape(link.href)}">${escape(link.label)}</a></p>`
  const text = `${greeting}\n\n${lines.join('\n\n')}\n\n${link.label}: ${link.href}\n`
  return { html, text }
}

export function confirmUrl(token: string) {
  return `${getEnv().SERVER_URL}/api/members/confirm?token=${encodeURIComponent(token)}`
}

export function magicLinkUrl(token: string, next?: string) {
  const back = next && next !== '/account' ? `&next=${encodeURIComponent(next)}` : ''
  return `${getEnv().SERVER_URL}/api/members/magic-link/verify?token=${encodeURIComponent(token)}${back}`
}

export function confirmationEmail(name: string, token: string) {
  return layout(`Hello ${name},`, ['Please confirm your e-mail address to finish signing up to the Coalition Portal.'], {
    href: confirmUrl(token),
    label: 'Confirm my e-mail address',
  })
}

export function magicLinkEmail(name: string, token: string, next?: string) {
  return layout(
    `Hello ${name},`,
    ['Use this link to sign in to the Coalition Portal. It works once, for 15 minutes.', 'If you did not ask for it, ignore this e-mail.'],
    { href: magicLinkUrl(token, next), label: 'Sign me in' },
  )
}
