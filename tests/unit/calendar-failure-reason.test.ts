import { describe, expect, it } from 'vitest'

import { failureReason } from '@/lib/editorial/failureReason'

const present = { docExists: true, schedulerExists: true }

describe('why a schedule failed', () => {
  it('names the fields a refused publish needs fixed', () => {
    const { cause, reason } = failureReason('publish', { name: 'ValidationError', message: 'The following field is invalid: Summary' }, present)
    expect(cause).toBe('validation')
    expect(reason).toContain('Summary')
  })

  it('tells a deleted document, a lost right to edit and a deleted scheduler apart', () => {
    expect(failureReason('publish', { name: 'NotFound', message: 'Not Found' }, { docExists: false, schedulerExists: true }).cause).toBe('deleted')
    expect(failureReason('unpublish', { name: 'Forbidden', message: 'You are not allowed to perform this action.' }, present).cause).toBe('access')
    expect(failureReason('publish', { name: 'NotFound', message: 'Not Found' }, { docExists: true, schedulerExists: false }).cause).toBe('scheduler-gone')
  })

  it('passes any other error on with its message', () => {
    expect(failureReason('publish', { name: 'Error', message: 'connection reset' }, present)).toEqual({ cause: 'other', reason: expect.stringContaining('connection reset') })
  })
})
