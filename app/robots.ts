import type { MetadataRoute } from 'next'

import { getEnv } from '@/lib/env'

export default function robots(): MetadataRoute.Robots {
  const base = getEnv().SERVER_URL.replace(/\/$/, '')
  return {
    // /signed-in/* are the per-request member views of public pages (their canonical is the public path).
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/preview', '/search', '/signed-in/', '/account', '/stories/new'] }],
    sitemap: `${base}/sitemap.xml`,
  }
}
