import { describe, expect, it } from 'vitest'

import { isWithin, regionKey, subsetKeys } from '@/lib/regions/regionKey'

describe('regionKey', () => {
  it('is order-independent and accepts populated or raw ids', () => {
    expect(regionKey([5, { id: 3 }, '5'])).toBe('3,5')
    expect(regionKey([])).toBe('')
    expect(regionKey(null)).toBe('')
  })
})

describe('subsetKeys', () => {
  it('lists every non-empty combination, each in key order', () => {
    expect(subsetKeys([7, 2]).sort()).toEqual(['2', '2,7', '7'])
    expect(subsetKeys([1, 2, 3])).toHaveLength(7)
    expect(subsetKeys([])).toEqual([])
  })

  it('matches exactly the documents wholly inside the regions', () => {
    const mine = [1, 2]
    const keys = new Set(subsetKeys(mine))
    expect(keys.has(regionKey([2, 1]))).toBe(true)
    expect(keys.has(regionKey([1, 3]))).toBe(false)
    expect(keys.has(regionKey([]))).toBe(false)
  })
})

describe('isWithin', () => {
  it('requires at least one region, all of them allowed', () => {
    expect(isWithin([1], [1, 2])).toBe(true)
    expect(isWithin([1, 3], [1, 2])).toBe(false)
    expect(isWithin([], [1, 2])).toBe(false)
  })
})
