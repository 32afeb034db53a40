import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { getPreviewStaff, type Viewer } from '@/lib/auth/viewer'
import type { Lang } from '@/lib/i18n/languages'

import { previewRead, publicRead, viewerRead, type ReadAs } from './payload'

/** Fallback age of cached reads; on-demand tag revalidation normally refreshes them sooner. */
export const REVALIDATE_SECONDS = 300

/** Part of every cache key: bump it when a reader's result shape changes, so a deploy never reads old shapes. */
const SHAPE_VERSION = '4'

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
    return unstable_cache(() => read(arg), [SHAPE_VERSION, name, key], { tags: tagsFor(arg), revalidate: REVALIDATE_SECONDS })()
  })
  // `?? 'null'`: a reader called without its argument still gets a parseable key.
  return (arg) => byKey(JSON.stringify(arg) ?? 'null')
}

/** cachedReader for reads whose only argument is the language. */
export function cachedValue<Result>(name: string, read: (lang: Lang) => Promise<Result>, tags: string[]): (lang: Lang) => Promise<Result> {
  return cachedReader<Lang, Result>(name, read, () => tags)
}

/**
 * The one reader of a thing with a detail page. Without a viewer it is the page's reader: the shared,
 * cached public item, or for staff in draft mode their latest draft (uncached; null ⇒ the published
 * item). With a viewer it reads uncached as that person: how the members-only piece of a page gets
 * its body, never through a shared cache.
 */
export function detailReader<Result>(
  name: string,
  find: (slug: string, read: ReadAs) => Promise<Result | null>,
  tagsFor: (slug: string) => string[],
): (slug: string, lang: Lang, viewer?: Viewer) => Promise<Result | null> {
  const shared = cachedReader(name, ({ slug, lang }: { slug: string; lang: Lang }) => find(slug, publicRead(lang)), ({ slug }) => tagsFor(slug))
  // Per request: the page and its generateMetadata share one uncached query (ReadAs objects differ
  // per call, so the key is the slug, the language and the user, whose object is the same within a request).
  const asUser = cache((slug: string, lang: Lang, draft: boolean, user: ReadAs['user']) =>
    find(slug, user ? { ...publicRead(lang), draft, user } : publicRead(lang)),
  )
  return async (slug, lang, viewer) => {
    if (viewer) return asUser(slug, lang, false, viewerRead(viewer, lang).user)
    const staff = await getPreviewStaff()
    if (!staff) return shared({ slug, lang })
    return (await asUser(slug, lang, previewRead(staff, lang).draft, staff)) ?? shared({ slug, lang })
  }
}
