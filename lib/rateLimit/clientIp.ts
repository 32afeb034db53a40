import { isIP } from 'node:net'

import { getEnv } from '@/lib/env'

type HeaderSource = { headers?: Headers | null }

/**
 * The client address for per-address rate limits, or null when it cannot be trusted.
 *
 * Each trusted reverse proxy appends the address it saw to X-Forwarded-For, so with `hops` of them the
 * entry `hops` places from the right is the client as the outermost proxy saw it; anything further
 * left was written by the client and is ignored. With no proxy (`hops` 0) the header is whatever the
 * client sent (`next start` keeps it), so there is no address to trust: callers then skip the
 * per-address limit rather than letting a client pick its own bucket or putting everyone in one.
 */
export function clientIp({ headers }: HeaderSource, hops = getEnv().TRUSTED_PROXY_HOPS): string | null {
  if (hops <= 0) return null
  const entries = (headers?.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const entry = entries[entries.length - hops]
  return entry ? addressKey(entry) : null
}

/** IPv4 as is; IPv6 by its /64 (one household or phone gets a whole /64); IPv4-mapped IPv6 as IPv4. */
export function addressKey(raw: string): string | null {
  // "[v6]:port" and "v4:port" come from some proxies; the port is not part of the client.
  const address = raw.replace(/^\[|\](:\d+)?$/g, '').replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, '$1')
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return mapped[1]!
  const kind = isIP(address)
  if (kind === 4) return address
  if (kind !== 6) return null
  return `${expandIpv6(address).slice(0, 4).join(':')}::/64`
}

function expandIpv6(address: string): string[] {
  const [head = '', tail] = address.toLowerCase().split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const missing = tail === undefined ? 0 : 8 - left.length - right.length
  return [...left, ...Array<string>(missing).fill('0'), ...right].map((group) => group.replace(/^0+(?=.)/, ''))
}
