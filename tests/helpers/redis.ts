// Tests that need Redis use the machine's (127.0.0.1:6379, or TEST_REDIS_URL) on a database number of
// their own, so they never touch what a developer keeps in database 0.
import { createClient } from 'redis'

const INSTALL_HINT =
  'no Redis at 127.0.0.1:6379: install and start one (`apt-get install -y redis-server && redis-server --daemonize yes`) ' +
  'or set TEST_REDIS_URL, to run the tests of several instances sharing a cache'

/** The URL tests hand to the app as REDIS_URL. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/7'

/**
 * Why Redis tests cannot run here, or null when they can. With REQUIRE_REDIS=1 (CI) an unreachable
 * Redis throws instead, so those tests cannot silently skip.
 */
export async function redisMissing(url = TEST_REDIS_URL): Promise<string | null> {
  const client = createClient({ url, socket: { connectTimeout: 1000, reconnectStrategy: false } })
  client.on('error', () => {})
  try {
    await client.connect()
    await client.ping()
    return null
  } catch {
    if (process.env.REQUIRE_REDIS === '1') throw new Error(`${INSTALL_HINT} (REQUIRE_REDIS=1)`)
    return INSTALL_HINT
  } finally {
    if (client.isOpen) await client.close()
  }
}

/** Empties the test database number (a fresh cache for a test run). */
export async function flushTestRedis(url = TEST_REDIS_URL): Promise<void> {
  const client = createClient({ url })
  await client.connect()
  try {
    await client.flushDb()
  } finally {
    await client.close()
  }
}
