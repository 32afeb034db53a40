import { describe, expect, it } from 'vitest'

import { newsHref, pageWindow, parseNewsFilters, yearRange } from '@/lib/content/newsFilters'

describe('parseNewsFilters', () => {
  it('falls back to the saved region unless the address names one or asks for all', () => {
    expect(parseNewsFilters({}, 'scal').region).toBe('scal')
    expect(parseNewsFilters({ region: 'ncal' }, 'scal').region).toBe('ncal')
    expect(parseNewsFilters({ region: 'all' }, 'scal').region).toBeNull()
    expect(parseNewsFilters({ region: 'NOT OK!' }, null).region).toBeNull()
  })

  it('ignores malformed topics, locals, years and pages', () => {
    const filters = parseNewsFilters({ topic: 'gossip', local: '-3', year: '20x4', page: '0' }, null)
    expect(filters).toEqual({ region: null, topic: null, local: null, year: null, page: 1 })
    expect(parseNewsFilters({ topic: 'bonus', local: '4', year: '2023', page: ['3', '9'] }, null)).toEqual({
      region: null,
      topic: 'bonus',
      local: 4,
      year: 2023,
      page: 3,
    })
  })
})

describe('newsHref', () => {
  const none = { region: null, topic: null, local: null, year: null, page: 1 }

  it('writes only what differs from the defaults', () => {
    expect(newsHref(none, null)).toBe('/news')
    expect(newsHref({ ...none, topic: 'bonus', page: 2 }, null)).toBe('/news?topic=bonus&page=2')
  })

  it('spells out the region when it differs from the saved one, so shared links agree', () => {
    expect(newsHref({ ...none, region: 'scal' }, 'scal')).toBe('/news')
    expect(newsHref({ ...none, region: 'ncal' }, 'scal')).toBe('/news?region=ncal')
    expect(newsHref(none, 'scal')).toBe('/news?region=all')
  })
})

describe('pageWindow', () => {
  it('shows first, last and neighbours with gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1])
    expect(pageWindow(1, 0)).toEqual([])
    expect(pageWindow(1, 4)).toEqual([1, 2, 3, 4])
    expect(pageWindow(6, 12)).toEqual([1, null, 5, 6, 7, null, 12])
    expect(pageWindow(1, 12)).toEqual([1, 2, null, 12])
  })

  it('fills a one-page gap with the page instead of an ellipsis', () => {
    expect(pageWindow(4, 8)).toEqual([1, 2, 3, 4, 5, null, 8])
  })
})

describe('yearRange', () => {
  it('lists years newest first', () => {
    expect(yearRange(2025, 2022)).toEqual([2025, 2024, 2023, 2022])
    expect(yearRange(2025, null)).toEqual([2025])
    expect(yearRange(null, null)).toEqual([])
  })
})
