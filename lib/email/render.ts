import { render, toPlainText } from '@react-email/render'
import { createElement, type ReactElement } from 'react'

import { messages } from '@/lib/i18n/messages'

import { AlertEmail, type AlertProps } from './templates/AlertEmail'
import { DigestEmail, type DigestProps } from './templates/DigestEmail'
import type { EmailFooter } from './templates/EmailLayout'
import { TransactionalEmail, type TransactionalProps } from './templates/TransactionalEmail'

export type { EmailFooter }
export type { AlertItem, AlertKind } from './templates/AlertEmail'
export type { DigestItem, DigestKind } from './templates/DigestEmail'

export type RenderedEmail = { subject: string; html: string; text: string }

// The parts of html-to-text's formatter API used here (the package ships no types).
type TextNode = { attribs?: Record<string, string>; children: unknown[] }
type TextBuilder = { addInline: (text: string, options: { noWordTransform: boolean }) => void }

/** A link reads "label: URL", as the portal's plain-text mail always has; the URL exactly as in the HTML. */
function labelledLink(elem: TextNode, walk: (nodes: unknown[], builder: TextBuilder) => void, builder: TextBuilder) {
  walk(elem.children, builder)
  const href = elem.attribs?.href
  if (href) builder.addInline(`: ${href}`, { noWordTransform: true })
}

// Headings keep their case (html-to-text shouts them by default).
const TEXT_OPTIONS = {
  formatters: { labelledLink },
  selectors: [
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'a', format: 'labelledLink' },
  ],
}

/** Renders once; the text part comes from the same HTML, so both always say the same thing. */
async function renderEmail(subject: string, email: ReactElement): Promise<RenderedEmail> {
  const html = await render(email)
  return { subject, html, text: toPlainText(html, TEXT_OPTIONS) }
}

/**
 * A message about the recipient's own account or action (confirmation, sign-in link, receipts).
 * Never with preference or unsubscribe links: these are not mailings one can leave. Without a footer,
 * the portal's name alone closes it: the portal's own mails need no database read on the way out.
 */
export function renderTransactional({ subject, footer, ...props }: Omit<TransactionalProps, 'footer'> & { subject: string; footer?: EmailFooter }) {
  const t = messages(props.lang)
  const closing: EmailFooter = footer
    ? { ...footer, preferencesUrl: null, unsubscribeUrl: null }
    : { siteName: t.email.portalName, addressLines: [], preferencesUrl: null, unsubscribeUrl: null }
  return renderEmail(subject, createElement(TransactionalEmail, { ...props, footer: closing }))
}

/** A bargaining update or call to action, rendered once per item and language for every recipient. */
export function renderAlert(props: AlertProps) {
  const t = messages(props.lang)
  const subject = props.kind === 'bargaining' ? t.email.alertSubjectBargaining(props.item.title) : t.email.alertSubjectAction(props.item.title)
  return renderEmail(subject, createElement(AlertEmail, props))
}

/** The week's items for a region's members (or coalition-wide, without a region). */
export function renderDigest({ regionName, ...props }: Omit<DigestProps, 'heading'> & { regionName: string | null }) {
  const t = messages(props.lang)
  const subject = regionName ? t.email.digestSubjectRegion(regionName) : t.email.digestSubjectCoalition
  return renderEmail(subject, createElement(DigestEmail, { ...props, heading: subject }))
}
