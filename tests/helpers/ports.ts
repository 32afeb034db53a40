import net from 'node:net'

/**
 * A TCP port nobody listens on right now (the kernel picks it). Another process could take it before
 * the caller binds it; the helpers that use it fail loudly then rather than talk to a stranger.
 */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, host, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))))
    })
  })
}

/** Polls `check` every `intervalMs` until it returns true or `timeoutMs` passes (then throws `what`). */
export async function until(check: () => Promise<boolean>, timeoutMs: number, what: string, intervalMs = 200): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
  throw new Error(`${what} within ${timeoutMs} ms`)
}
