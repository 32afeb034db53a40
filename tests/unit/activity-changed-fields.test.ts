import { describe, expect, it } from 'vitest'

import { changedFieldNames, listNames, mergeNames, utcMinute } from '@/lib/activity/changedFields'

describe('changedFieldNames', () => {
  it('names changed fields only, never bookkeeping or secrets, and compares related documents by id', () => {
    const before = { id: 1, title: 'A', body: { root: 1 }, regions: [{ id: 3, name: 'NCAL', code: 'ncal' }], updatedAt: 'x', hash: 'h', layout: [{ id: 'row1', text: 'a' }] }
    const after = { id: 1, title: 'B', body: { root: 1 }, regions: [3], updatedAt: 'y', hash: 'k', layout: [{ id: 'row1', text: 'b' }] }
    expect(changedFieldNames(after, before)).toEqual(['layout', 'title'])
  })

  it('has nothing to compare on create', () => {
    expect(changedFieldNames({ title: 'A' }, undefined)).toEqual([])
  })
})

describe('summary helpers', () => {
  it('keeps a list short, merges a folded entry, states times in UTC', () => {
    expect(listNames(['a', 'b', 'c'], 2)).toBe('a, b and 1 more')
    expect(mergeNames('body, title', ['summary', 'title'])).toEqual(['body', 'summary', 'title'])
    expect(utcMinute('2026-12-01T14:05:59.000Z')).toBe('2026-12-01 14:05 UTC')
    expect(utcMinute('nonsense')).toBe('an unknown date')
  })
})
