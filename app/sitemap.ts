import type { MetadataRoute } from 'next'

import { getRegions } from '@/lib/content/getRegions'
import { getSitemapEntries } from '@/lib/content/getSitemapEntries'
import { getEnv } from '@/lib/env'

export const revalidate = 300

const STATIC_PATHS = ['/', '/news', '/bargaining', '/campaigns', '/leadership', '/about', '/contact']

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = getEnv().SERVER_URL.replace(/\/$/, '')
  const [entries, regions] = await Promise.all([getSitemapEntries(), getRegions()])
  const seen = new Set<string>()
  const all = [
    ...STATIC_PATHS.map((path) => ({ path, lastModified: null as string | null })),
    ...regions.map((region) => ({ path: `/regions/${region.code}`, lastModified: null as string | null })),
    ...entries,
  ]
  return all
    .filter((entry) => !seen.has(entry.path) && seen.add(entry.path))
    .map((entry) => ({ url: `${base}${entry.path}`, ...(entry.lastModified ? { lastModified: new Date(entry.lastModified) } : {}) }))
}
