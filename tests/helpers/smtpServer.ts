import { SMTPServer, type SMTPServerAddress } from 'smtp-server'

import { freePort } from '@/lib/freePort'

// A real SMTP server in the test process (the smtp-server package): messages count as received only when
// their final dot arrived, as a mail server counts them — a client that dies mid-message delivers nothing.

export type Received = { from: string; to: string[]; raw: string; headers: Record<string, string>; body: string }

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
}

function parse(raw: string, from: string, to: string[]): Received {
  const split = raw.indexOf('\r\n\r\n')
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ')
  const headers: Record<string, string> = {}
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim()
  }
  return { from, to, raw, headers, body: raw.slice(split + 4) }
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
        const message = parse(Buffer.concat(chunks).toString('utf8'), address(session.envelope.mailFrom), session.envelope.rcptTo.map((rcpt) => rcpt.address))
        messages.push(message)
        options.onMessage?.(message)
        callback()
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
