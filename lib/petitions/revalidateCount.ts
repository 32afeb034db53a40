import { tags } from '@/lib/cacheTags'
import { requestRevalidation } from '@/lib/revalidate/requestRevalidation'

export const COUNT_REVALIDATE_INTERVAL_MS = 5000

const lastRun = new Map<string, number>()
const pending = new Set<string>()

/**
 * The campaign page stays cached; a burst of signatures expires its tags at most once per interval,
 * with one trailing refresh so the last signature of a burst still shows.
 */
export function revalidateSignatureCount(slug: string, now = Date.now(), send: (tags: string[]) => void = requestRevalidation): void {
  const wait = (lastRun.get(slug) ?? 0) + COUNT_REVALIDATE_INTERVAL_MS - now
  if (wait <= 0) {
    lastRun.set(slug, now)
    send([tags.campaigns, tags.campaign(slug)])
    return
  }
  if (pending.has(slug)) return
  pending.add(slug)
  setTimeout(() => {
    pending.delete(slug)
    revalidateSignatureCount(slug, Date.now(), send)
  }, wait).unref?.()
}
