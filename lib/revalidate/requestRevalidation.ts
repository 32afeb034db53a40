import { getEnv } from '@/lib/env'

import { signTags } from './signature'

// Hooks run in REST requests, admin server functions, scheduled jobs (no request at all) and scripts.
// Next's revalidateTag only works inside a request and throws "during render" in some admin paths
// (payload#16392), so every change asks the server's own route to revalidate instead.
const DELAY_MS = 150

/** Where this process reaches the app: one instance is enough when they share a cache (REDIS_URL). */
export function internalUrl(): string {
  const env = getEnv()
  return env.INTERNAL_URL ?? `http://127.0.0.1:${env.PORT}`
}

export async function postRevalidation(tags: string[]): Promise<boolean> {
  const unique = [...new Set(tags)].sort()
  try {
    const response = await fetch(`${internalUrl()}/api/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tags: unique, signature: signTags(unique, getEnv().PAYLOAD_SECRET) }),
      signal: AbortSignal.timeout(5000),
    })
    return response.ok
  } catch {
    // No server listening (a script, a test): nothing is cached that could go stale.
    return false
  }
}

/** Fire-and-forget, slightly after the hook so the change's transaction has committed. */
export function requestRevalidation(tags: string[]): void {
  if (tags.length === 0) return
  setTimeout(() => void postRevalidation(tags), DELAY_MS).unref?.()
}
