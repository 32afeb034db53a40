import net from 'node:net'

/**
 * A TCP port nobody listens on right now (the kernel picks it): for the embedded PostgreSQL and for
 * the servers tests start. Another process could take it before the caller binds it; callers fail
 * loudly then rather than talk to a stranger.
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
