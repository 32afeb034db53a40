import type { MessageParts } from './compose'

// One message on its way to a mail server, held before its last step. SMTP accepts a message when it
// receives the final "." of DATA; until then a dropped connection (a crash, kill -9) loses nothing and
// sends nothing. The sender marks the delivery row "sent" in the database first, then releases the
// message — so a row still "queued" after a crash was never delivered, and is safe to send again.

export type SendFailure = {
  /** SMTP reply code when the server answered, e.g. 550 or 451; undefined for network errors. */
  responseCode?: number
  message: string
}

export type GatedSend = {
  /** Resolves null when the server is taking the message (all but its final dot), or with why not. */
  ready: Promise<SendFailure | null>
  /** Lets the final dot go. Only after ready resolved null. */
  release(): void
  /** Drops the message before its final dot: nothing is delivered. */
  abort(): void
  /** The server's final answer: null when accepted. */
  done: Promise<SendFailure | null>
}

/** The MIME message for SMTP, and its parts for Payload's e-mail adapter (outboxSender.ts). */
export type OutgoingMessage = { from: string; to: string; raw: Buffer; parts: MessageParts }

export interface GatedSender {
  begin(message: OutgoingMessage): GatedSend
  close(): Promise<void>
}

/** A 5xx answer: the address (or message) is refused for good. */
export const isPermanent = (failure: SendFailure) => (failure.responseCode ?? 0) >= 500
