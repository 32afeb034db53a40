import { describe, expect, it } from 'vitest'

import {
  calendarBadge,
  formatBytes,
  formatDay,
  formatDayRange,
  formatMoney,
  formatPublished,
  publishedYear,
  startOfYearInSiteZone,
  todayIsoDay,
} from '@/lib/content/format'

describe('day-only dates', () => {
  it('reads UTC midnight as that calendar day in any server zone', () => {
    expect(formatDay('2027-01-06T00:00:00.000Z', 'en')).toBe('January 6, 2027')
    expect(formatDay(null, 'en')).toBe('')
    expect(formatDay('not a date', 'en')).toBe('')
    expect(calendarBadge('2027-01-06T00:00:00.000Z', 'en')).toEqual({ month: 'Jan', day: 6 })
  })

  it('collapses a range within one month and spells out one across months', () => {
    expect(formatDayRange('2023-07-11T00:00:00.000Z', '2023-07-13T00:00:00.000Z', 'en')).toBe('July 11\u2060–\u206013, 2023')
    expect(formatDayRange('2023-07-30T00:00:00.000Z', '2023-08-01T00:00:00.000Z', 'en')).toBe('July 30 – August 1, 2023')
    expect(formatDayRange('2026-12-30T00:00:00.000Z', '2027-01-02T00:00:00.000Z', 'en')).toBe('December 30, 2026 – January 2, 2027')
    expect(formatDayRange('2023-07-11T00:00:00.000Z', null, 'en')).toBe('July 11, 2023')
    expect(formatDayRange('2023-07-11T00:00:00.000Z', '2023-07-11T00:00:00.000Z', 'en')).toBe('July 11, 2023')
  })
})

describe('publish timestamps', () => {
  it('are dated in the site zone, not UTC', () => {
    // 03:00 UTC on 2 June is still 1 June in California.
    expect(formatPublished('2025-06-02T03:00:00.000Z', 'en')).toBe('June 1, 2025')
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
    expect(formatMoney(1500, 'en')).toBe('$1,500')
    expect(formatBytes(681, 'en')).toBe('681 B')
    expect(formatBytes(126_861, 'en')).toBe('124 KB')
    expect(formatBytes(2_500_000, 'en')).toBe('2.4 MB')
    expect(formatBytes(null, 'en')).toBe('')
  })
})
