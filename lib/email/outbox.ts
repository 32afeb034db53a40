import fs from 'node:fs'

import { getEnv } from '@/lib/env'

// Messages "sent" without SMTP_URL (development and tests): kept in memory so tests and the dev
// console can read a confirmation or sign-in link without any external mail service.
export type OutboxMessage = { to: string; subject: string; html: string; text: string; sentAt: Date }

const LIMIT = 200
const messages: OutboxMessage[] = []

export function recordMessage(message: OutboxMessage): void {
  // Browser tests run the server in another process; they read messages from this file.
  const file = getEnv().EMAIL_OUTBOX_FILE
  if (file) fs.appendFileSync(file, `${JSON.stringify(message)}\n`)
  messages.push(message)
  if (messages.length > LIMIT) messages.splice(0, messages.length - LIMIT)
}

/** Newest first; optionally only those addressed to `to` (case-insensitive). */
export function outbox(to?: string): OutboxMessage[] {
  const wanted = to?.toLowerCase()
  return messages.filter((message) => !wanted || message.to.toLowerCase() === wanted).reverse()
}

/** The first link in a message's body that starts with `prefix`, e.g. the magic sign-in link. */
export function linkIn(message: OutboxMessage | undefined, prefix: string): string | null {
  if (!message) return null
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return `${message.html} ${message.text}`.match(new RegExp(`${escaped}[^\\s"'<>]*`))?.[0]?.replace(/&amp;/g, '&') ?? null
}
