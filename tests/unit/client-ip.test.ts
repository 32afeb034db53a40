import { describe, expect, it } from 'vitest'

import { parseEnv } from '@/lib/env'
import { addressKey, clientIp } from '@/lib/rateLimit/clientIp'

const from = (forwardedFor?: string) => ({ headers: new Headers(forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor }) })

describe('clientIp', () => {
  it('trusts nothing without a proxy: whatever the client sends, there is no address (so no bucket to pick)', () => {
    expect(clientIp(from('203.0.113.9'), 0)).toBeNull()
    expect(clientIp(from('198.51.100.1, 203.0.113.9'), 0)).toBeNull()
    expect(clientIp(from(), 0)).toBeNull()
  })

  it('behind one proxy takes the entry that proxy appended, never what the client wrote before it', () => {
    expect(clientIp(from('203.0.113.9'), 1)).toBe('203.0.113.9')
    // The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the real address.
    expect(clientIp(from('1.2.3.4, 203.0.113.9'), 1)).toBe('203.0.113.9')
    const spoofs = Array.from({ length: 20 }, (_, n) => clientIp(from(`10.0.0.${n}, 203.0.113.9`), 1))
    expect(new Set(spoofs)).toEqual(new Set(['203.0.113.9']))
  })

  it('behind two proxies (a CDN, then ours) takes the second entry from the right', () => {
    expect(clientIp(from('1.2.3.4, 203.0.113.9, 192.0.2.50'), 2)).toBe('203.0.113.9')
    expect(clientIp(from('evil, also-evil, 203.0.113.9, 192.0.2.50'), 2)).toBe('203.0.113.9')
  })

  it('has no address when the proxies did not add as many entries as configured, or added garbage', () => {
    expect(clientIp(from('192.0.2.50'), 2)).toBeNull()
    expect(clientIp(from(), 1)).toBeNull()
    expect(clientIp(from('1.2.3.4, not-an-address'), 1)).toBeNull()
    expect(clientIp(from('unknown'), 1)).toBeNull()
  })

  it('keys IPv6 clients by their /64 and IPv4-mapped addresses as IPv4; ports are dropped', () => {
    expect(clientIp(from('2001:db8:85a3:1:aaaa:bbbb:cccc:dddd'), 1)).toBe('2001:db8:85a3:1::/64')
    expect(clientIp(from('2001:db8:85a3:1::1'), 1)).toBe('2001:db8:85a3:1::/64')
    expect(clientIp(from('2001:0db8:85a3:0001::2'), 1)).toBe('2001:db8:85a3:1::/64')
    expect(clientIp(from('::ffff:203.0.113.9'), 1)).toBe('203.0.113.9')
    expect(addressKey('[2001:db8::1]:443')).toBe('2001:db8:0:0::/64')
    expect(addressKey('203.0.113.9:5123')).toBe('203.0.113.9')
    expect(addressKey('::1')).toBe('0:0:0:0::/64')
  })
})

describe('TRUSTED_PROXY_HOPS', () => {
  it('defaults to 0 (no proxy) and accepts small whole numbers only', () => {
    expect(parseEnv({ PAYLOAD_SECRET: 'x'.repeat(32) }).TRUSTED_PROXY_HOPS).toBe(0)
    expect(parseEnv({ PAYLOAD_SECRET: 'x'.repeat(32), TRUSTED_PROXY_HOPS: '1' }).TRUSTED_PROXY_HOPS).toBe(1)
    expect(() => parseEnv({ PAYLOAD_SECRET: 'x'.repeat(32), TRUSTED_PROXY_HOPS: 'one' })).toThrow(/TRUSTED_PROXY_HOPS/)
    expect(() => parseEnv({ PAYLOAD_SECRET: 'x'.repeat(32), TRUSTED_PROXY_HOPS: '-1' })).toThrow(/TRUSTED_PROXY_HOPS/)
  })
})
