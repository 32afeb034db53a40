import { describe, expect, it } from 'vitest'

import {
  calendarBadge,
  formatBytes,
  formatDay,
  formatDayRange,
  formatMoney,
  formatPublished,
  formatTerm,
  publishedYear,
  startOfYearInSiteZone,
  todayIsoDay,
} from '@/lib/content/format'

describe('day-only dates', () => {
  it('reads UTC midnight as that calendar day in any server zone', () => {
    expect(formatDay('2027-01-06T00:00:00.000Z')).toBe('January 6, 2027')
    expect(formatDay(null)).toBe('')
    expect(formatDay('not a date')).toBe('')
    expect(calendarBadge('2027-01-06T00:00:00.000Z')).toEqual({ month: 'Jan', day: 6 })
  })

  it('collapses a range within one month and spells out one across months', () => {
    expect(formatDayRange('2023-07-11T00:00:00.000Z', '2023-07-13T00:00:00.000Z')).toBe('July 11\u2060–\u206013, 2023')
    expect(formatDayRange('2023-07-30T00:00:00.000Z', '2023-08-01T00:00:00.000Z')).toBe('July 30 – August 1, 2023')
    expect(formatDayRange('2026-12-30T00:00:00.000Z', '2027-01-02T00:00:00.000Z')).toBe('December 30, 2026 – January 2, 2027')
    expect(formatDayRange('2023-07-11T00:00:00.000Z', null)).toBe('July 11, 2023')
    expect(formatDayRange('2023-07-11T00:00:00.000Z', '2023-07-11T00:00:00.000Z')).toBe('July 11, 2023')
  })

  it('describes leadership terms, open-ended ones included', () => {
    expect(formatTerm('2022-09-01T00:00:00.000Z', '2025-06-01T00:00:00.000Z')).toBe('September 2022 – June 2025')
    expect(formatTerm('2025-06-01T00:00:00.000Z', null)).toBe('Since June 2025')
    expect(formatTerm(null, '2020-01-01T00:00:00.000Z')).toBe('Until January 2020')
    expect(formatTerm(null, null)).toBe('')
  })
})

describe('publish timestamps', () => {
  it('are dated in the site zone, not UTC', () => {
    // 03:00 UTC on 2 June is still 1 June in California.
    expect(formatPublished('2025-06-02T03:00:00.000Z')).toBe('June 1, 2025')
    expect(publishedYear('2025-01-01T05:00:00.000Z')).toBe(2024)
  })

  it('gives today as YYYY-MM-DD in the site zone', () => {
    expect(todayIsoDay(new Date('2026-11-22T06:30:00.000Z'))).toBe('2026-11-21')
    expect(todayIsoDay(new Date('2026-11-22T20:00:00.000Z'))).toBe('2026-11-22')
  })

  it('starts a year at local midnight, in winter time', () => {
    expect(startOfYearInSiteZone(2023)).toBe('2023-01-01T08:00:00.000Z')
  })
})

describe('numbers', () => {
  it('formats dollars without cents and file sizes in plain units', () => {
    expect(formatMoney(1500)).toBe('$1,500')
    expect(formatBytes(681)).toBe('681 B')
    expect(formatBytes(126_861)).toBe('124 KB')
    expect(formatBytes(2_500_000)).toBe('2.4 MB')
    expect(formatBytes(null)).toBe('')
  })
})
