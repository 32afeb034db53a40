import type { MetadataRoute } from 'next'

import { getEnv } from '@/lib/env'
import { LANGUAGES, localizedPath } from '@/lib/i18n/languages'

// Pages that are endless variations (search) or one person's own, in every language (/search, /es/search…).
const PRIVATE_PAGES = ['/search', '/account', '/stories/new']

export default function robots(): MetadataRoute.Robots {
  const base = getEnv().SERVER_URL.replace(/\/$/, '')
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/preview', ...LANGUAGES.flatMap((lang) => PRIVATE_PAGES.map((path) => localizedPath(lang, path)))] }],
    sitemap: `${base}/sitemap.xml`,
  }
}
