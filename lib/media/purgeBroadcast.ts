import { createClient } from 'redis'

import { getEnv } from '@/lib/env'

// Each instance's image optimiser keeps its own copies on its own disk (.next/cache/images). When a
// file closes, the instance that saved the change purges its copies (optimizedImages.ts); with several
// instances (REDIS_URL set) it also announces the file's digests here, and every instance purges too.
const CHANNEL = 'portal:optimized-images:purge'
const PUBLISH_WAIT_MS = 2000

type Client = ReturnType<typeof createClient>
let publisher: Promise<Client> | undefined

function connect(url: string, role: string): Promise<Client> {
  const client = createClient({ url })
  client.on('error', (error: Error) => console.error(`[images] Redis ${role}: ${error.message}`))
  return client.connect()
}

/** Tells every instance to drop its optimised copies of these sources (no-op without REDIS_URL). */
export async function announcePurge(digests: Set<string>): Promise<void> {
  const url = getEnv().REDIS_URL
  if (!url || digests.size === 0) return
  publisher ??= connect(url, 'publisher')
  const client = publisher
  const published = (async () => (await client).publish(CHANNEL, JSON.stringify([...digests])))()
  // While Redis is down connect() keeps retrying: give up on this announcement instead of waiting.
  await Promise.race([
    published,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`Redis did not take the announcement within ${PUBLISH_WAIT_MS} ms`)), PUBLISH_WAIT_MS).unref()),
  ])
}

/** Started once per server (instrumentation.ts): purge what any instance announces. */
export async function listenForPurges(purge: (digests: Set<string>) => Promise<unknown>): Promise<void> {
  const url = getEnv().REDIS_URL
  if (!url) return
  const subscriber = await connect(url, 'subscriber')
  await subscriber.subscribe(CHANNEL, (message) => {
    let parsed: unknown
    try {
      parsed = JSON.parse(message)
    } catch {
      return
    }
    if (!Array.isArray(parsed)) return
    const digests = new Set(parsed.filter((digest): digest is string => typeof digest === 'string'))
    purge(digests).catch((error: unknown) => console.error('[images] purge announced by another instance failed', error))
  })
}
