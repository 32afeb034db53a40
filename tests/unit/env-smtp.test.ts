import { describe, expect, it } from 'vitest'

import { parseEnv } from '@/lib/env'

const base = { PAYLOAD_SECRET: 'x'.repeat(32) }

describe('SMTP_URL', () => {
  it('is optional: without it e-mail goes to the in-process outbox', () => {
    expect(parseEnv(base).SMTP_URL).toBeUndefined()
  })

  it('accepts smtp:// and smtps:// URLs', () => {
    expect(parseEnv({ ...base, SMTP_URL: 'smtps://user:pass@smtp.example.org:465' }).SMTP_URL).toBe('smtps://user:pass@smtp.example.org:465')
  })

  it('stops start-up with one line naming the variable when it is not an SMTP URL', () => {
    expect(() => parseEnv({ ...base, SMTP_URL: 'https://mail.example.org' })).toThrow(/SMTP_URL must start with smtp:\/\/ or smtps:\/\//)
  })
})
