import { describe, expect, it } from 'vitest'

import { EnvError, parseEnv, sharedCacheUrl } from '@/lib/env'

describe('parseEnv', () => {
  it('accepts a PostgreSQL URL and defaults the server URL', () => {
    const env = parseEnv({ DATABASE_URL: 'postgres://u:p@db:5432/portal', PAYLOAD_SECRET: 'x'.repeat(32) })
    expect(env.DATABASE_URL).toBe('postgres://u:p@db:5432/portal')
    expect(env.SERVER_URL).toBe('http://localhost:3000')
  })

  it('names the variable when DATABASE_URL is not a PostgreSQL URL', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://localhost/db', PAYLOAD_SECRET: 'x'.repeat(32) })).toThrowError(
      /^Invalid environment: DATABASE_URL must start with postgres:\/\//,
    )
  })

  it('rejects a short PAYLOAD_SECRET with a one-line hint', () => {
    let message = ''
    try {
      parseEnv({ PAYLOAD_SECRET: 'short' })
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError)
      message = (error as Error).message
    }
    expect(message).toContain('PAYLOAD_SECRET must be at least 32 characters')
    expect(message).not.toContain('\n')
  })

  it('treats empty strings as unset', () => {
    const env = parseEnv({ DATABASE_URL: '', PAYLOAD_SECRET: 'y'.repeat(40), SERVER_URL: '' })
    expect(env.DATABASE_URL).toBeUndefined()
    expect(env.SERVER_URL).toBe('http://localhost:3000')
  })

  it('rejects a SERVER_URL that is not a URL', () => {
    expect(() => parseEnv({ SERVER_URL: 'portal', PAYLOAD_SECRET: 'x'.repeat(32) })).toThrowError(/SERVER_URL/)
  })
})

describe('parseEnv: variables the app reads besides the core ones', () => {
  const base = { PAYLOAD_SECRET: 'x'.repeat(32) }

  it('requires PAYLOAD_SECRET when NODE_ENV is production', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrowError(/PAYLOAD_SECRET is required in production/)
  })

  it('leaves EMAIL_OUTBOX_FILE unset unless given (tests only)', () => {
    expect(parseEnv(base).EMAIL_OUTBOX_FILE).toBeUndefined()
    expect(parseEnv({ ...base, EMAIL_OUTBOX_FILE: '/tmp/outbox.jsonl' }).EMAIL_OUTBOX_FILE).toBe('/tmp/outbox.jsonl')
  })

  it('defaults PORT to 3000 and reads a given one as a number', () => {
    expect(parseEnv(base).PORT).toBe(3000)
    expect(parseEnv({ ...base, PORT: '3300' }).PORT).toBe(3300)
    expect(parseEnv({ ...base, PORT: '' }).PORT).toBe(3000)
  })

  it('names PORT when it is not a port number', () => {
    expect(() => parseEnv({ ...base, PORT: 'http' })).toThrowError(/PORT/)
    expect(() => parseEnv({ ...base, PORT: '70000' })).toThrowError(/PORT must be at most 65535/)
  })

  it('accepts INTERNAL_URL only as an http(s) URL', () => {
    expect(parseEnv(base).INTERNAL_URL).toBeUndefined()
    expect(parseEnv({ ...base, INTERNAL_URL: 'http://app:3000' }).INTERNAL_URL).toBe('http://app:3000')
    expect(() => parseEnv({ ...base, INTERNAL_URL: 'app:3000' })).toThrowError(/INTERNAL_URL must start with http:\/\//)
    expect(() => parseEnv({ ...base, INTERNAL_URL: '127.0.0.1:3000' })).toThrowError(/INTERNAL_URL/)
  })

  it('leaves every scale-out service off unless configured', () => {
    const env = parseEnv(base)
    expect([env.REDIS_URL, env.DATABASE_REPLICA_URLS, env.S3_BUCKET]).toEqual([undefined, undefined, undefined])
    expect(sharedCacheUrl({})).toBeUndefined()
    expect(sharedCacheUrl({ REDIS_URL: '' })).toBeUndefined()
  })

  it('accepts REDIS_URL only as a redis:// or rediss:// URL, also where next.config.ts reads it alone', () => {
    expect(parseEnv({ ...base, REDIS_URL: 'redis://cache:6379' }).REDIS_URL).toBe('redis://cache:6379')
    expect(sharedCacheUrl({ REDIS_URL: 'rediss://user:pw@cache:6380' })).toBe('rediss://user:pw@cache:6380')
    expect(() => parseEnv({ ...base, REDIS_URL: 'http://cache:6379' })).toThrowError(/REDIS_URL must start with redis:\/\//)
    expect(() => sharedCacheUrl({ REDIS_URL: 'cache:6379' })).toThrowError(/REDIS_URL/)
  })

  it('reads DATABASE_REPLICA_URLS as a comma-separated list of PostgreSQL URLs', () => {
    const urls = parseEnv({ ...base, DATABASE_REPLICA_URLS: 'postgres://r1:5432/portal, postgres://r2:5432/portal' }).DATABASE_REPLICA_URLS
    expect(urls).toEqual(['postgres://r1:5432/portal', 'postgres://r2:5432/portal'])
    expect(() => parseEnv({ ...base, DATABASE_REPLICA_URLS: 'postgres://r1:5432/portal,mysql://r2/portal' })).toThrowError(
      /DATABASE_REPLICA_URLS.*postgres:\/\//,
    )
    expect(() => parseEnv({ ...base, DATABASE_REPLICA_URLS: ' , ' })).toThrowError(/DATABASE_REPLICA_URLS must list at least one URL/)
  })
})
