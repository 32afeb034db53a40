import MailComposer from 'nodemailer/lib/mail-composer'

import { getEnv } from '@/lib/env'
import type { Lang } from '@/lib/i18n/languages'

import { oneClickUnsubscribeUrl, preferencesUrl, SENTINEL, unsubscribePageUrl } from '../content/links'
import type { RenderedEmail } from '../render'
import type { EmailList } from './states'

export type Recipient = { deliveryId: number; memberId: number; address: string; lang: Lang }
export type MessageParts = { subject: string; html: string; text: string; headers: Record<string, string> }

const replaceAll = (value: string, links: Array<[string, string]>) => links.reduce((out, [from, to]) => out.split(from).join(to), value)

/**
 * One member's copy of a rendered alert or digest: their own unsubscribe and preferences links, the
 * RFC 8058 one-click headers, and a Message-ID made from the delivery row, so a copy is traceable.
 */
export function personalize(email: RenderedEmail, list: EmailList, recipient: Recipient): MessageParts {
  const { memberId, lang } = recipient
  // In HTML the links sit in attributes, where & is written &amp;.
  const unsubscribe = unsubscribePageUrl(lang, memberId, list)
  const preferences = preferencesUrl(lang, memberId)
  const forText: Array<[string, string]> = [
    [SENTINEL.unsubscribe, unsubscribe],
    [SENTINEL.preferences, preferences],
  ]
  const forHtml: Array<[string, string]> = forText.map(([from, to]) => [from, to.replace(/&/g, '&amp;')])
  return {
    subject: email.subject,
    html: replaceAll(email.html, forHtml),
    text: replaceAll(email.text, forText),
    headers: {
      'List-Unsubscribe': `<${oneClickUnsubscribeUrl(memberId, list)}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  }
}

export async function buildMime(from: string, recipient: Recipient, parts: MessageParts): Promise<Buffer> {
  const host = new URL(getEnv().SERVER_URL).hostname
  return new MailComposer({
    from,
    to: recipient.address,
    subject: parts.subject,
    html: parts.html,
    text: parts.text,
    headers: parts.headers,
    messageId: `<delivery-${recipient.deliveryId}@${host}>`,
  })
    .compile()
    .build()
}
