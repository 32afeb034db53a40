import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { createTransport } from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

import { getEnv, isNextBuild } from '@/lib/env'

import { recordMessage } from './outbox'

const FROM = { defaultFromAddress: 'no-reply@coalition.test', defaultFromName: 'Coalition Portal' }

// Payload types a message's recipients loosely (nodemailer's own union of strings and objects): each entry is checked.
function addresses(value: SendEmailOptions['to']): string[] {
  const list: unknown[] = Array.isArray(value) ? value : [value]
  return list.flatMap((item) => {
    if (typeof item === 'string') return item ? [item] : []
    if (item && typeof item === 'object' && 'address' in item && typeof item.address === 'string') return [item.address]
    return []
  })
}

/**
 * Real SMTP when SMTP_URL is set; otherwise nodemailer's JSON transport (nothing leaves the machine)
 * and every message is kept in lib/email/outbox so tests and developers can follow the links.
 */
export async function emailAdapter(smtpUrl: string | undefined): Promise<EmailAdapter> {
  if (smtpUrl) return nodemailerAdapter({ ...FROM, transport: createTransport(smtpUrl) })
  if (getEnv().NODE_ENV === 'production' && !isNextBuild()) {
    console.warn('SMTP_URL is not set: account e-mails, receipts, alerts and digests are only logged, not sent.')
  }
  const base = await nodemailerAdapter({ ...FROM, skipVerify: true, transport: createTransport({ jsonTransport: true }) })
  return (args) => {
    const adapter = base(args)
    return {
      ...adapter,
      sendEmail: async (message) => {
        const info = await adapter.sendEmail(message)
        const html = typeof message.html === 'string' ? message.html : ''
        const subject = typeof message.subject === 'string' ? message.subject : ''
        // Without SMTP the developer still needs the confirmation and sign-in links: print them.
        const links = [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&'))
        args?.payload.logger.info(`E-mail (not sent, no SMTP_URL) to ${addresses(message.to).join(', ')}: ${subject} ${links.join(' ')}`)
        for (const to of addresses(message.to)) {
          recordMessage({
            to,
            subject,
            html,
            text: typeof message.text === 'string' ? message.text : '',
            sentAt: new Date(),
          })
        }
        return info
      },
    }
  }
}
