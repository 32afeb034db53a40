import type { MetadataRoute } from 'next'

import { getEnv } from '@/lib/env'

export default function robots(): MetadataRoute.Robots {
  const base = getEnv().SERVER_URL.replace(/\/$/, '')
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/preview', '/search', '/account', '/stories/new'] }],
    sitemap: `${base}/sitemap.xml`,
  }
}
