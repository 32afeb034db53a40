import type { Payload } from 'payload'

import { getEnv } from '@/lib/env'

import type { GatedSender } from './gatedSend'
import { outboxSender } from './outboxSender'
import { sendBatch, type RenderCache } from './sendBatch'
import { smtpSender } from './smtpSender'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export type SendRun = { handled: number; sent: number }

/**
 * Sends every due delivery, batch after batch, at most EMAIL_RATE_PER_MINUTE (0: as fast as the mail
 * server takes them). A batch is as large as the number of SMTP connections, so each of its messages
 * has a connection and all reach the server's DATA together (sendBatch.ts). `beat` runs after each
 * batch: the job uses it to show it is alive.
 */
export type SendOptions = {
  beat?: () => Promise<void>
  /** Where the messages go; default SMTP_URL's server, or Payload's adapter (the outbox) without one. */
  sender?: GatedSender
  connections?: number
}

export async function sendDueEmails(payload: Payload, { beat = () => Promise.resolve(), sender: given, connections }: SendOptions = {}): Promise<SendRun> {
  const env = getEnv()
  const size = connections ?? env.EMAIL_CONNECTIONS
  const sender: GatedSender = given ?? (env.SMTP_URL ? smtpSender(env.SMTP_URL, size) : outboxSender(payload))
  const rate = env.EMAIL_RATE_PER_MINUTE
  const batchSize = rate > 0 ? Math.max(1, Math.min(size, Math.floor(rate / 60))) : size
  const cache: RenderCache = new Map()
  const total: SendRun = { handled: 0, sent: 0 }
  try {
    for (;;) {
      const started = Date.now()
      const { handled, sent } = await sendBatch(payload, sender, cache, batchSize)
      if (handled === 0) break
      total.handled += handled
      total.sent += sent
      await beat()
      if (rate > 0) await sleep(Math.max(0, (handled * 60_000) / rate - (Date.now() - started)))
    }
  } finally {
    if (!given) await sender.close()
  }
  return total
}
