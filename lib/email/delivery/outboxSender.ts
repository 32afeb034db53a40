import type { Payload } from 'payload'

import type { GatedSender, SendFailure } from './gatedSend'

/**
 * Without SMTP_URL (development, browser tests): through Payload's e-mail adapter, which logs each
 * message and keeps it in the outbox (lib/email/adapter.ts). Nothing leaves the machine, so the gate
 * is simply "handed to the adapter after the row says sent".
 */
export function outboxSender(payload: Payload): GatedSender {
  return {
    begin: ({ from, to, parts }) => {
      let release: () => void = () => undefined
      const done = new Promise<SendFailure | null>((resolve) => {
        release = () => {
          payload.sendEmail({ from, to, ...parts }).then(
            () => resolve(null),
            (error: Error) => resolve({ message: error.message }),
          )
        }
      })
      return { ready: Promise.resolve(null), release, abort: () => undefined, done }
    },
    close: () => Promise.resolve(),
  }
}
