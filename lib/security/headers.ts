// Security headers for every response (site, admin, API, files); next.config.ts applies them.
export type SecurityHeader = { key: string; value: string }

export type SecurityHeaderOptions = {
  /** `next dev`: React and HMR need eval and a WebSocket. */
  development: boolean
  /** SERVER_URL is https: HSTS and upgrading stray http:// subresources. */
  https: boolean
}

type Directives = Record<string, readonly string[]>

function serialize(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')
}

function siteDirectives({ development, https }: SecurityHeaderOptions): Directives {
  return {
    'default-src': ["'self'"],
    // Static pages carry Next's inline RSC payload scripts, different on every page, so neither a
    // per-request nonce (pages must stay static) nor one header-wide hash list can allow them.
    'script-src': ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    // React never renders inline event-handler attributes, so an injected onerror= cannot run.
    'script-src-attr': ["'none'"],
    // Next and Payload's admin set style attributes and inline <style> tags.
    'style-src': ["'self'", "'unsafe-inline'"],
    // The admin previews a chosen upload from a blob: URL and as a data: thumbnail.
    'img-src': ["'self'", 'data:', 'blob:'],
    'connect-src': ["'self'", ...(development ? ['ws:'] : [])],
    // The admin's live preview frames the public site; nothing else frames or is framed.
    'frame-src': ["'self'"],
    'frame-ancestors': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    ...(https ? { 'upgrade-insecure-requests': [] } : {}),
  }
}

export function contentSecurityPolicy(options: SecurityHeaderOptions): string {
  return serialize(siteDirectives(options))
}

/**
 * Development only: the GraphQL playground page loads its bundle and fonts from public CDNs, by
 * scheme-relative URLs (so the hosts go in without a scheme: they then match http and https).
 */
export function graphqlPlaygroundPolicy(options: SecurityHeaderOptions): string {
  const directives = siteDirectives(options)
  const cdn = 'cdn.jsdelivr.net'
  return serialize({
    ...directives,
    'script-src': [...(directives['script-src'] ?? []), cdn],
    'style-src': [...(directives['style-src'] ?? []), cdn, 'fonts.googleapis.com'],
    'img-src': [...(directives['img-src'] ?? []), cdn],
    'font-src': ["'self'", 'fonts.gstatic.com'],
  })
}

// Powerful features the portal never uses; file inputs (story form) need no permission. Only names
// Chromium knows: it logs an error for each unknown one (e.g. bluetooth).
const DISABLED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'interest-cohort',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-create',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]

export function permissionsPolicy(): string {
  return [...DISABLED_FEATURES.map((feature) => `${feature}=()`), 'fullscreen=(self)'].join(', ')
}

export function securityHeaders(options: SecurityHeaderOptions): SecurityHeader[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: permissionsPolicy() },
    // The legacy twin of frame-ancestors, for browsers without CSP level 2.
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    ...(options.https ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ]
}
