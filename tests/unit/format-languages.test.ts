// lib/content/format.ts in both of the site's languages: the exact strings members read.
import { describe, expect, it } from 'vitest'

import {
  calendarBadge,
  formatBytes,
  formatCount,
  formatDay,
  formatDayRange,
  formatDayWithWeekday,
  formatMoney,
  formatMonthYear,
  formatPublished,
} from '@/lib/content/format'

const day = (iso: string) => `${iso}T00:00:00.000Z`

describe('day-only dates', () => {
  it('spell out one day', () => {
    expect(formatDay(day('2023-07-11'), 'en')).toBe('July 11, 2023')
    expect(formatDay(day('2023-07-11'), 'es')).toBe('11 de julio de 2023')
    expect(formatDay(day('2027-01-06'), 'es')).toBe('6 de enero de 2027')
    expect(formatDay(null, 'es')).toBe('')
    expect(formatDay('not a date', 'es')).toBe('')
  })

  it('name the weekday for the dates members plan around', () => {
    expect(formatDayWithWeekday(day('2027-01-06'), 'en')).toBe('Wednesday, January 6, 2027')
    expect(formatDayWithWeekday(day('2027-01-06'), 'es')).toBe('miércoles, 6 de enero de 2027')
  })

  it('give a month and year', () => {
    expect(formatMonthYear(day('2025-06-01'), 'en')).toBe('June 2025')
    expect(formatMonthYear(day('2025-06-01'), 'es')).toBe('junio de 2025')
    expect(formatMonthYear(null, 'es')).toBe('')
  })
})

describe('day ranges', () => {
  it('collapse a range within one month, keeping the days together on a line', () => {
    expect(formatDayRange(day('2023-07-11'), day('2023-07-13'), 'en')).toBe('July 11\u2060–\u206013, 2023')
    expect(formatDayRange(day('2023-07-11'), day('2023-07-13'), 'es')).toBe('11\u2060–\u206013 de julio de 2023')
  })

  it('spell out both months across months', () => {
    expect(formatDayRange(day('2023-07-30'), day('2023-08-01'), 'en')).toBe('July 30 – August 1, 2023')
    expect(formatDayRange(day('2023-07-30'), day('2023-08-01'), 'es')).toBe('30 de julio – 1 de agosto de 2023')
  })

  it('spell out both days in full across years', () => {
    expect(formatDayRange(day('2026-12-30'), day('2027-01-02'), 'en')).toBe('December 30, 2026 – January 2, 2027')
    expect(formatDayRange(day('2026-12-30'), day('2027-01-02'), 'es')).toBe('30 de diciembre de 2026 – 2 de enero de 2027')
  })

  it('fall back to one day without an end, or with an end that is not later', () => {
    expect(formatDayRange(day('2023-07-11'), null, 'es')).toBe('11 de julio de 2023')
    expect(formatDayRange(day('2023-07-11'), day('2023-07-11'), 'es')).toBe('11 de julio de 2023')
    expect(formatDayRange(day('2023-07-11'), day('2023-07-01'), 'en')).toBe('July 11, 2023')
    expect(formatDayRange(null, day('2023-07-11'), 'es')).toBe('')
  })
})

describe('publish timestamps', () => {
  it('are dated in the site zone in both languages', () => {
    // 03:00 UTC on 2 June is still 1 June in California.
    expect(formatPublished('2025-06-02T03:00:00.000Z', 'en')).toBe('June 1, 2025')
    expect(formatPublished('2025-06-02T03:00:00.000Z', 'es')).toBe('1 de junio de 2025')
    expect(formatPublished(null, 'es')).toBe('')
  })
})

describe('calendar badges', () => {
  it('show the short month without a trailing period, and the day', () => {
    expect(calendarBadge(day('2027-01-06'), 'en')).toEqual({ month: 'Jan', day: 6 })
    expect(calendarBadge(day('2027-01-06'), 'es')).toEqual({ month: 'ene', day: 6 })
    expect(calendarBadge(day('2027-09-30'), 'en')).toEqual({ month: 'Sep', day: 30 })
    expect(calendarBadge(day('2027-09-30'), 'es')).toEqual({ month: 'sept', day: 30 })
    expect(calendarBadge(null, 'es')).toBeNull()
  })
})

describe('numbers', () => {
  it('write whole dollars the US way in both languages', () => {
    expect(formatMoney(1500, 'en')).toBe('$1,500')
    expect(formatMoney(1500, 'es')).toBe('$1,500')
    expect(formatMoney(250, 'es')).toBe('$250')
  })

  it('group counts with commas in US Spanish as in US English', () => {
    expect(formatCount(85_000, 'en')).toBe('85,000')
    expect(formatCount(85_000, 'es')).toBe('85,000')
    expect(formatCount(1_800, 'es')).toBe('1,800')
    expect(formatCount(12, 'es')).toBe('12')
  })

  it('give file sizes in plain units with the language’s decimal mark', () => {
    expect(formatBytes(681, 'es')).toBe('681 B')
    expect(formatBytes(126_861, 'es')).toBe('124 KB')
    expect(formatBytes(2_500_000, 'en')).toBe('2.4 MB')
    expect(formatBytes(2_500_000, 'es')).toBe('2.4 MB')
    expect(formatBytes(null, 'es')).toBe('')
    expect(formatBytes(0, 'en')).toBe('')
  })
})
