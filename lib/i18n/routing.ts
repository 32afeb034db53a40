import { DEFAULT_LANG } from './languages'

// The first path segments that are not pages: the API, the admin, Next's own files and the few
// route handlers, metadata files and public/ folders outside the language tree (brand: the admin's icons).
const NOT_PAGES = ['es', DEFAULT_LANG, 'api', 'admin', '_next', 'region', 'preview', 'exit-preview', 'robots.txt', 'sitemap.xml', 'icon.svg', 'favicon.ico', 'brand']
const notPages = NOT_PAGES.map((segment) => segment.replaceAll('.', '\\.')).join('|')

/**
 * English pages live under app/…/[lang] like Spanish ones, but keep their unprefixed URLs: Next maps
 * `/news` to the `en` tree before it looks at files. Config rewrites cost nothing per request and
 * keep every page static (no middleware, no cookie read).
 */
export const languageRewrites = [
  // WordPress's `/?p=123` (imported posts, lib/import): a small handler, so the home page stays static.
  { source: '/', has: [{ type: 'query' as const, key: 'p', value: '(?<post>\\d+)' }], destination: '/api/old-address?p=:post' },
  { source: '/', destination: `/${DEFAULT_LANG}` },
  { source: `/:path((?!(?:${notPages})(?:/|$)).+)`, destination: `/${DEFAULT_LANG}/:path` },
]

/** `/en/…` is the internal name of an English page: send anyone who types it to the real address. */
export const languageRedirects = [
  { source: `/${DEFAULT_LANG}`, destination: '/', permanent: true },
  { source: `/${DEFAULT_LANG}/:path*`, destination: '/:path*', permanent: true },
]
