import type { MetadataRoute } from 'next'

import { getRegions } from '@/lib/content/getRegions'
import { getSitemapEntries } from '@/lib/content/getSitemapEntries'
import { getEnv } from '@/lib/env'
import { languageAlternates, LANGUAGES, localizedPath } from '@/lib/i18n/languages'

export const revalidate = 300

const STATIC_PATHS = ['/', '/news', '/bargaining', '/campaigns', '/leadership', '/about', '/contact']

/**
 * Every public page in each language (English unprefixed, Spanish under /es), each listing all its
 * language versions, as the pages' hreflang links do. An item without Spanish text has its Spanish
 * page all the same (in English, with a note), so it is listed too.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = getEnv().SERVER_URL.replace(/\/$/, '')
  // Paths, slugs and region codes are the same in every language.
  const [entries, regions] = await Promise.all([getSitemapEntries(), getRegions('en')])
  const seen = new Set<string>()
  const all = [
    ...STATIC_PATHS.map((path) => ({ path, lastModified: null as string | null })),
    ...regions.map((region) => ({ path: `/regions/${region.code}`, lastModified: null as string | null })),
    ...entries,
  ]
  return all
    .filter((entry) => !seen.has(entry.path) && seen.add(entry.path))
    .flatMap((entry) => {
      const languages = Object.fromEntries(Object.entries(languageAlternates(entry.path)).map(([hreflang, path]) => [hreflang, `${base}${path}`]))
      return LANGUAGES.map((lang) => ({
        url: `${base}${localizedPath(lang, entry.path)}`,
        ...(entry.lastModified ? { lastModified: new Date(entry.lastModified) } : {}),
        alternates: { languages },
      }))
    })
}
