import { everyContentTag } from '@/lib/cacheTags'

import { internalUrl, postRevalidation } from './requestRevalidation'

/**
 * For scripts that write content without hooks (the seed, bulk fixes): expire every cached page on
 * the running server. Hooks are off in those scripts, and without this a running production server
 * kept serving the old pages (and 404s for new ones) until two cache lifetimes had passed.
 */
export async function expireRunningServers(log: (line: string) => void): Promise<boolean> {
  const url = internalUrl()
  if (await postRevalidation(everyContentTag())) {
    log(`expired the cached pages of the server at ${url} (and of every instance sharing its REDIS_URL)`)
    return true
  }
  log(
    `no server answered at ${url}, so nothing cached needed expiring there. If the site runs elsewhere, run ` +
      '`npm run revalidate` with INTERNAL_URL set to any one of its instances (and the same PAYLOAD_SECRET).',
  )
  return false
}
