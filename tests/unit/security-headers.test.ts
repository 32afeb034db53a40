import { describe, expect, it } from 'vitest'

import {
  contentSecurityPolicy,
  graphqlPlaygroundPolicy,
  permissionsPolicy,
  securityHeaders,
  type SecurityHeaderOptions,
} from '@/lib/security/headers'

const production: SecurityHeaderOptions = { development: false, https: false }
const productionHttps: SecurityHeaderOptions = { development: false, https: true }
const development: SecurityHeaderOptions = { development: true, https: false }

/** directive name → its sources, as a browser splits the header. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (!name) continue
    expect(map.has(name), `${name} appears twice`).toBe(false)
    map.set(name, sources)
  }
  return map
}

function header(options: SecurityHeaderOptions, key: string): string | undefined {
  return securityHeaders(options).find((entry) => entry.key === key)?.value
}

describe('contentSecurityPolicy', () => {
  it('sets the directives the issue requires', () => {
    const csp = directives(contentSecurityPolicy(production))
    expect(csp.get('frame-ancestors')).toEqual(["'self'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'self'"])
    expect(csp.get('form-action')).toEqual(["'self'"])
    expect(csp.get('default-src')).toEqual(["'self'"])
    expect(csp.get('script-src-attr')).toEqual(["'none'"])
  })

  it('allows scripts and connections only from the site itself in production', () => {
    const csp = directives(contentSecurityPolicy(production))
    expect(csp.get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(csp.get('connect-src')).toEqual(["'self'"])
    for (const [name, sources] of csp) {
      // No host, scheme-wide http(s) or wildcard source anywhere.
      expect(sources.filter((source) => /^(https?:|\*|ws:|wss:)/.test(source)), name).toEqual([])
    }
    expect(contentSecurityPolicy(production)).not.toContain('unsafe-eval')
  })

  it('adds eval and the HMR WebSocket only in development', () => {
    const csp = directives(contentSecurityPolicy(development))
    expect(csp.get('script-src')).toContain("'unsafe-eval'")
    expect(csp.get('connect-src')).toContain('ws:')
    expect(csp.get('frame-ancestors')).toEqual(["'self'"])
  })

  it('upgrades stray http:// subresources only on an https site', () => {
    expect(directives(contentSecurityPolicy(productionHttps)).has('upgrade-insecure-requests')).toBe(true)
    // On plain http (local, e2e) it would send same-origin requests to an https port nobody listens on.
    expect(directives(contentSecurityPolicy(production)).has('upgrade-insecure-requests')).toBe(false)
  })
})

describe('graphqlPlaygroundPolicy', () => {
  it('adds the CDN the playground loads from and keeps the frame and object rules', () => {
    const csp = directives(graphqlPlaygroundPolicy(development))
    expect(csp.get('script-src')).toContain('cdn.jsdelivr.net')
    expect(csp.get('style-src')).toContain('fonts.googleapis.com')
    expect(csp.get('font-src')).toContain('fonts.gstatic.com')
    expect(csp.get('frame-ancestors')).toEqual(["'self'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
  })
})

describe('permissionsPolicy', () => {
  const entries = new Map(permissionsPolicy().split(', ').map((entry) => entry.split('=') as [string, string]))

  it('turns off the powerful features the portal never uses', () => {
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics', 'interest-cohort']) {
      expect(entries.get(feature), feature).toBe('()')
    }
  })

  it('keeps fullscreen for story videos and names no feature Chromium rejects', () => {
    expect(entries.get('fullscreen')).toBe('(self)')
    // Chromium 156 logs "Unrecognized feature" for it (the e2e spec watches the console for the rest).
    expect(entries.has('bluetooth')).toBe(false)
    expect(permissionsPolicy()).toMatch(/^[a-z-]+=\((self)?\)(, [a-z-]+=\((self)?\))*$/)
  })
})

describe('securityHeaders', () => {
  it('sends the legacy and modern headers on every response', () => {
    expect(header(production, 'X-Content-Type-Options')).toBe('nosniff')
    expect(header(production, 'Referrer-Policy')).toBe('strict-origin-when-cross-origin')
    expect(header(production, 'X-Frame-Options')).toBe('SAMEORIGIN')
    expect(header(production, 'Content-Security-Policy')).toBe(contentSecurityPolicy(production))
    expect(header(production, 'Permissions-Policy')).toBe(permissionsPolicy())
  })

  it('sends HSTS only when the site is served over https', () => {
    expect(header(productionHttps, 'Strict-Transport-Security')).toBe('max-age=63072000; includeSubDomains')
    expect(header(production, 'Strict-Transport-Security')).toBeUndefined()
    expect(header(development, 'Strict-Transport-Security')).toBeUndefined()
  })

  it('has one entry per header, each a single line', () => {
    for (const options of [production, productionHttps, development]) {
      const keys = securityHeaders(options).map((entry) => entry.key.toLowerCase())
      expect(new Set(keys).size).toBe(keys.length)
      for (const { value } of securityHeaders(options)) expect(value).not.toMatch(/[\r\n]/)
    }
  })
})
