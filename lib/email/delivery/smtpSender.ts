import { Readable } from 'node:stream'

import SMTPConnection from 'nodemailer/lib/smtp-connection'
import { parseConnectionUrl } from 'nodemailer/lib/shared'

import type { GatedSend, GatedSender, OutgoingMessage, SendFailure } from './gatedSend'

// Why nodemailer's SMTPConnection and not its pooled transport: the transport reads a message stream
// before the server has accepted DATA, so it cannot tell us the moment the message is complete but for
// its final dot — the point the exactly-once rule (gatedSend.ts) depends on. SMTPConnection pipes the
// message only after the server's 354, which is that moment. The connections are kept open and reused.

const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 60_000 }
/** A message that never reaches the server's DATA (a stalled server) is given up after this. */
const READY_TIMEOUT_MS = 60_000

type SmtpError = SMTPConnection.SMTPError

function failure(error: SmtpError | Error): SendFailure {
  const responseCode = 'responseCode' in error && typeof error.responseCode === 'number' ? error.responseCode : undefined
  return { responseCode, message: ('response' in error && typeof error.response === 'string' && error.response) || error.message }
}

class Connections {
  private idle: SMTPConnection[] = []
  private open = 0
  private waiting: Array<(connection: SMTPConnection | Error) => void> = []
  private broken = new WeakSet<SMTPConnection>()
  private closed = false

  constructor(
    private readonly options: SMTPConnection.Options,
    private readonly size: number,
  ) {}

  async acquire(): Promise<SMTPConnection> {
    if (this.closed) throw new Error('The mail sender is closed')
    const idle = this.idle.pop()
    if (idle) return idle
    if (this.open >= this.size) {
      const next = await new Promise<SMTPConnection | Error>((resolve) => this.waiting.push(resolve))
      if (next instanceof Error) throw next
      return next
    }
    this.open += 1
    try {
      return await this.connect()
    } catch (error) {
      this.open -= 1
      this.wakeOne()
      throw error
    }
  }

  /** Back to the pool, or closed if it failed at the connection level (a server answer keeps it usable). */
  release(connection: SMTPConnection, usable: boolean): void {
    if (!usable || this.broken.has(connection) || this.closed) {
      connection.close()
      this.open -= 1
      this.wakeOne()
      return
    }
    const waiter = this.waiting.shift()
    if (waiter) waiter(connection)
    else this.idle.push(connection)
  }

  close(): Promise<void> {
    this.closed = true
    for (const waiter of this.waiting.splice(0)) waiter(new Error('The mail sender is closed'))
    for (const connection of this.idle.splice(0)) connection.quit()
    return Promise.resolve()
  }

  /** A freed slot lets one waiter open its own connection. */
  private wakeOne(): void {
    const waiter = this.waiting.shift()
    if (!waiter) return
    this.open += 1
    this.connect().then(waiter, (error: Error) => {
      this.open -= 1
      waiter(error)
    })
  }

  private async connect(): Promise<SMTPConnection> {
    const connection = new SMTPConnection({ ...this.options, ...TIMEOUTS })
    connection.on('error', () => this.broken.add(connection))
    connection.on('end', () => this.broken.add(connection))
    await new Promise<void>((resolve, reject) => connection.connect((error) => (error ? reject(error) : resolve())))
    // SMTP_URL's user:password (the only kind of login a URL carries).
    const auth = this.options.auth
    if (auth && 'pass' in auth && typeof auth.pass === 'string' && auth.user) {
      const credentials = { user: auth.user, pass: auth.pass }
      await new Promise<void>((resolve, reject) => connection.login(credentials, (error) => (error ? reject(error) : resolve())))
    }
    return connection
  }
}

/** SMTP_URL's server, with up to `connections` messages on their way at once. */
export function smtpSender(url: string, connections: number): GatedSender {
  const pool = new Connections(parseConnectionUrl(url), connections)

  function begin({ from, to, raw }: OutgoingMessage): GatedSend {
    let settleReady: (value: SendFailure | null) => void = () => undefined
    let settleDone: (value: SendFailure | null) => void = () => undefined
    const ready = new Promise<SendFailure | null>((resolve) => (settleReady = resolve))
    const done = new Promise<SendFailure | null>((resolve) => (settleDone = resolve))
    let connection: SMTPConnection | null = null
    let dataStarted = false
    let finished = false

    // SMTPConnection starts reading this only once the server has said 354 to DATA: that first read is
    // "ready". The end of the stream, which becomes the final dot, waits for release().
    const message = new Readable({
      read() {
        if (dataStarted) return
        dataStarted = true
        this.push(raw)
        settleReady(null)
      },
    })

    const timer = setTimeout(() => {
      if (!dataStarted) abort(new Error('The mail server did not take the message in time'))
    }, READY_TIMEOUT_MS)

    function finish(result: SendFailure | null, usable: boolean) {
      if (finished) return
      finished = true
      clearTimeout(timer)
      settleReady(result)
      settleDone(result)
      if (connection) pool.release(connection, usable)
    }

    function abort(reason = new Error('Not sent')) {
      // Closing mid-DATA is the only way to take a message back: the server discards it.
      if (connection && !finished) connection.close()
      message.destroy()
      finish({ message: reason.message }, false)
    }

    pool.acquire().then(
      (acquired) => {
        connection = acquired
        if (finished) return pool.release(acquired, true)
        acquired.send({ from, to: [to] }, message, (error) => {
          if (!error) return finish(null, true)
          // An answer from the server (a refused address, a full mailbox) leaves the connection usable
          // once reset; a network error does not.
          const answered = typeof error.responseCode === 'number'
          const result = failure(error)
          if (!answered) return finish(result, false)
          acquired.reset((resetError) => finish(result, !resetError))
        })
      },
      (error: Error) => finish(failure(error), false),
    )

    return {
      ready,
      done,
      abort: () => abort(),
      release: () => {
        if (dataStarted && !finished) message.push(null)
      },
    }
  }

  return { begin, close: () => pool.close() }
}
