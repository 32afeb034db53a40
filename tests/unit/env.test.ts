import { describe, expect, it } from 'vitest'

import { EnvError, parseEnv } from '@/lib/env'

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
