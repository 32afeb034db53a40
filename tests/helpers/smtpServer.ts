import { simpleParser } from 'mailparser'
import { SMTPServer, type SMTPServerAddress } from 'smtp-server'

import { freePort } from '@/lib/freePort'

// A real SMTP server in the test process (the smtp-server package): messages count as received only when
// their final dot arrived, as a mail server counts them — a client that dies mid-message delivers nothing.

/** `body`: the decoded text part and HTML part together, for "does the e-mail say or link X" checks. */
export type Received = { from: string; to: string[]; raw: string; headers: Record<string, string>; text: string; html: string; body: string }

export type SmtpAnswer = { code: number; message: string } | null

export type TestSmtpServer = {
  url: string
  messages: Received[]
  /** Messages to one address (case-insensitive), oldest first. */
  to(address: string): Received[]
  close(): Promise<void>
}

type Options = {
  /** Refuse a recipient: e.g. { code: 550, message: 'No such user' } (a bounce) or 451 (try later). */
  answerRecipient?: (address: string) => SmtpAnswer
  /** Called when a message is complete, before the server says 250 (e.g. to kill the sender then). */
  onMessage?: (message: Received) => void
  /** false: keep the envelope and raw message only (the bench, where parsing would compete for the CPU). */
  parse?: boolean
}

async function parse(raw: string, from: string, to: string[]): Promise<Received> {
  const parsed = await simpleParser(raw)
  const headers: Record<string, string> = {}
  for (const line of parsed.headerLines) headers[line.key] = line.line.slice(line.line.indexOf(':') + 1).trim()
  const text = parsed.text ?? ''
  const html = typeof parsed.html === 'string' ? parsed.html : ''
  return { from, to, raw, headers, text, html, body: `${text}\n${html}` }
}

const address = (value: SMTPServerAddress | false) => (value ? value.address : '')

export async function startSmtpServer(options: Options = {}): Promise<TestSmtpServer> {
  const messages: Received[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // Up to 60 senders' connections at once, as a relay would take.
    maxClients: 100,
    onRcptTo(rcpt, _session, callback) {
      const answer = options.answerRecipient?.(rcpt.address) ?? null
      if (!answer) return callback()
      callback(Object.assign(new Error(answer.message), { responseCode: answer.code }))
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('error', () => undefined)
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const from = address(session.envelope.mailFrom)
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address)
        const parsed = options.parse === false ? Promise.resolve({ from, to, raw, headers: {}, text: '', html: '', body: '' }) : parse(raw, from, to)
        parsed.then(
          (message) => {
            messages.push(message)
            options.onMessage?.(message)
            callback()
          },
          (error: Error) => callback(error),
        )
      })
    },
  })
  const port = await freePort()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  server.on('error', () => undefined)
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    to: (wanted) => messages.filter((message) => message.to.some((to) => to.toLowerCase() === wanted.toLowerCase())),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
