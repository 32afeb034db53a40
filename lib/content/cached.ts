import { unstable_cache } from 'next/cache'
import { cache } from 'react'

/** Fallback age of cached reads; on-demand tag revalidation normally refreshes them sooner. */
export const REVALIDATE_SECONDS = 300

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json }

/**
 * Wraps a public read in Next's data cache (tagged, shared across requests) and React's `cache`
 * (one query per render, shared by a page and its generateMetadata). The argument is JSON so it can
 * be the cache key; results must be JSON-safe because the data cache serialises them.
 */
export function cachedReader<Arg extends Json, Result>(
  name: string,
  read: (arg: Arg) => Promise<Result>,
  tagsFor: (arg: Arg) => string[],
): (arg: Arg) => Promise<Result> {
  // React's cache compares arguments by identity, so it is keyed by the JSON text, which parses
  // back to an equal value.
  const byKey = cache((key: string) => {
    const arg = JSON.parse(key) as Arg
    return unstable_cache(() => read(arg), [name, key], { tags: tagsFor(arg), revalidate: REVALIDATE_SECONDS })()
  })
  return (arg) => byKey(JSON.stringify(arg))
}
