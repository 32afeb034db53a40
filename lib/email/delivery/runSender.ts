import type { Payload } from 'payload'

import { getEnv } from '@/lib/env'

import type { GatedSender } from './gatedSend'
import { outboxSender } from './outboxSender'
import { sendBatch, type RenderCache } from './sendBatch'
import { smtpSender } from './smtpSender'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export type SendRun = { handled: number; sent: number }

export type SendOptions = {
  beat?: () => Promise<void>
  /** Where the messages go; default SMTP_URL's server, or Payload's adapter (the outbox) without one. */
  sender?: GatedSender
  connections?: number
}

/**
 * Sends every due delivery, batch after batch, at most EMAIL_RATE_PER_MINUTE (0: as fast as the mail
 * server takes them). Two lanes of batches run side by side, so one lane's database round trips and
 * commit overlap the other's SMTP exchanges; each batch is at most half the connections, so every
 * message in flight has a connection and a batch never waits on the other lane (sendBatch.ts).
 * `beat` runs after each batch: the job uses it to show it is alive.
 */
export async function sendDueEmails(payload: Payload, { beat = () => Promise.resolve(), sender: given, connections }: SendOptions = {}): Promise<SendRun> {
  const env = getEnv()
  const size = connections ?? env.EMAIL_CONNECTIONS
  const sender: GatedSender = given ?? (env.SMTP_URL ? smtpSender(env.SMTP_URL, size) : outboxSender(payload))
  const lanes = size >= 4 ? 2 : 1
  const rate = env.EMAIL_RATE_PER_MINUTE / lanes
  const perBatch = Math.floor(size / lanes)
  const batchSize = rate > 0 ? Math.max(1, Math.min(perBatch, Math.floor(rate / 60))) : perBatch
  const cache: RenderCache = new Map()
  const total: SendRun = { handled: 0, sent: 0 }

  async function lane() {
    for (;;) {
      const started = Date.now()
      const { handled, sent } = await sendBatch(payload, sender, cache, batchSize)
      if (handled === 0) return
      total.handled += handled
      total.sent += sent
      await beat()
      if (rate > 0) await sleep(Math.max(0, (handled * 60_000) / rate - (Date.now() - started)))
    }
  }

  try {
    await Promise.all(Array.from({ length: lanes }, lane))
  } finally {
    if (!given) await sender.close()
  }
  return total
}
