import { describe, expect, it } from 'vitest'

import { ApiError, badValue, describeError, errorResponse } from '@/lib/http/errors'
import { rateLimited } from '@/lib/rateLimit/consume'

describe('errorResponse', () => {
  it('answers an ApiError as { error, code, fields? } with its status, never cached', async () => {
    const response = errorResponse(new ApiError('invalid', 'Please correct the marked fields.', { fields: { name: 'Enter your name' } }))
    expect(response.status).toBe(400)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toEqual({ error: 'Please correct the marked fields.', code: 'invalid', fields: { name: 'Enter your name' } })
  })

  it('gives every 429 a Retry-After in whole seconds', () => {
    const response = errorResponse(rateLimited(89.2))
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('90')
  })

  it('answers a database refusal of a value as 400, anything else as 503, and logs no query parameters', async () => {
    const logged: object[] = []
    const log = { error: (entry: object) => void logged.push(entry) }
    const refused = Object.assign(new Error('Failed query: insert into signatures … params: pat@example.org'), { cause: { code: '23503' } })
    expect(errorResponse(refused, log).status).toBe(400)
    const broken = Object.assign(new Error('Failed query: select … params: pat@example.org'), { cause: { code: '57P01' } })
    const answer = errorResponse(broken, log, 'Try again in a minute.')
    expect(answer.status).toBe(503)
    expect(await answer.json()).toEqual({ error: 'Try again in a minute.', code: 'unavailable' })
    expect(JSON.stringify(logged)).not.toContain('pat@example.org')
    expect(logged).toEqual([{ msg: 'request failed', error: { name: 'Error', code: '57P01' } }])
  })
})

describe('describeError', () => {
  it('keeps the message of an error that is not a query, so outages stay readable in the log', () => {
    expect(describeError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toEqual({
      name: 'Error',
      code: 'ECONNREFUSED',
      message: 'connect ECONNREFUSED 127.0.0.1:5432',
    })
  })
})

describe('badValue', () => {
  it.each(['23503', '22P02', '22003', '22021', '2201X'])('maps PostgreSQL %s to a 400', (code) => {
    expect(badValue({ cause: { code } })?.status).toBe(400)
  })
  it('leaves other errors alone', () => {
    expect(badValue(new Error('boom'))).toBeNull()
    expect(badValue({ cause: { code: '40001' } })).toBeNull()
  })
})
