import { describe, expect, it } from 'vitest'

import { parseRegionCode, regionFromCookieHeader, returnPath } from '@/lib/regions/regionCookie'

describe('region cookie', () => {
  it('accepts region codes only', () => {
    expect(parseRegionCode('scal')).toBe('scal')
    expect(parseRegionCode(' NCAL ')).toBe('ncal')
    expect(parseRegionCode('x')).toBeNull()
    expect(parseRegionCode('<script>')).toBeNull()
    expect(parseRegionCode(undefined)).toBeNull()
  })

  it('finds the region among other cookies', () => {
    expect(regionFromCookieHeader('a=1; region=hi; b=2')).toBe('hi')
    expect(regionFromCookieHeader('myregion=hi')).toBeNull()
    expect(regionFromCookieHeader('')).toBeNull()
  })
})

describe('returnPath', () => {
  const host = 'portal.example.org'

  it('returns to the page on this site, minus a stale region filter and page number', () => {
    expect(returnPath('https://portal.example.org/news?topic=bonus&region=ncal&page=3', host)).toBe('/news?topic=bonus')
    expect(returnPath('https://portal.example.org/regions/ncal', host)).toBe('/regions/ncal')
  })

  it('never leaves the site or loops back to /region', () => {
    expect(returnPath('https://evil.example/news', host)).toBe('/')
    expect(returnPath('https://portal.example.org/region?region=ncal', host)).toBe('/')
    expect(returnPath('not a url', host)).toBe('/')
    expect(returnPath(null, host)).toBe('/')
    expect(returnPath('https://portal.example.org/news', null)).toBe('/')
  })
})
