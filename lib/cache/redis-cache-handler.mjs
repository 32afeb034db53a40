/* global process, console, setTimeout -- a Node module Next loads by path (see below) */
// Next's cache handler (ISR pages, route handlers and unstable_cache data) when several instances run:
// every instance reads and writes one Redis, so a page rendered by one is served by all, and a
// revalidateTag on any instance (a publish, an unpublish) expires the entry for every instance at once.
// next.config.ts installs it only when REDIS_URL is set (or for the standalone image); without it Next
// keeps its per-instance disk cache, which is right for one instance.
//
// Plain JavaScript on purpose: Next loads this file by path at run time, outside the app's bundle.
// For the same reason it reads REDIS_URL from process.env itself (lib/env.ts validates the same value).
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'
import { createClient } from 'redis'

// How long a server start waits for Redis before serving without it (it keeps reconnecting).
const CONNECT_WAIT_MS = 2000
// One Redis command may not hold a page render longer than this: past it the page is rendered afresh.
const COMMAND_TIMEOUT_MS = 1000
const ERROR_LOG_INTERVAL_MS = 30_000

let lastErrorLoggedAt = 0
function logRedisError(error) {
  // While Redis is down the client reports every reconnect attempt; one line every 30 s is enough.
  const now = Date.now()
  if (now - lastErrorLoggedAt < ERROR_LOG_INTERVAL_MS) return
  lastErrorLoggedAt = now
  console.error(
    `[cache] Redis at ${redactedUrl(process.env.REDIS_URL)} is unavailable (${error?.message ?? error}); ` +
      'pages are rendered afresh until it is back, and revalidation is not shared meanwhile.',
  )
}

function redactedUrl(url) {
  return String(url).replace(/\/\/[^@/]*@/, '//***@')
}

async function connectedClient(url) {
  const client = createClient({
    url,
    // Fail a command at once while disconnected instead of queueing it behind a page render.
    disableOfflineQueue: true,
    socket: { connectTimeout: CONNECT_WAIT_MS, reconnectStrategy: (retries) => Math.min(retries * 200, 2000) },
  })
  client.on('error', logRedisError)
  client.on('ready', () => {
    if (lastErrorLoggedAt !== 0) console.info('[cache] Redis is back; the shared cache is in use again.')
    lastErrorLoggedAt = 0
  })
  // connect() keeps retrying while Redis is unreachable: wait a little, then serve without it.
  await Promise.race([
    client.connect().catch(logRedisError),
    new Promise((resolve) => setTimeout(resolve, CONNECT_WAIT_MS).unref()),
  ])
  return client
}

CacheHandler.onCreation(async ({ buildId }) => {
  const url = process.env.REDIS_URL
  // `next build` prerenders into its own output; a single instance without Redis (the standalone
  // image run alone) keeps entries in memory, as Next's default handler would.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD || !url) return { handlers: [createLruHandler()] }

  const client = await connectedClient(url)
  return {
    // No in-memory fallback: while Redis is down an instance could not learn of another instance's
    // unpublish, so it renders pages afresh (the proxy's micro-cache absorbs the load) rather than
    // serving a copy that may have been withdrawn. The build ID in the prefix keeps one deployment's
    // pages (which name its own script chunks) away from the next.
    handlers: [createRedisHandler({ client, keyPrefix: `portal:${buildId ?? 'dev'}:`, timeoutMs: COMMAND_TIMEOUT_MS })],
  }
})

export default CacheHandler
