import { describe, expect, it } from 'vitest'

import { dayIn, gridDays, gridRange } from '@/lib/editorial/calendarGrid'

describe('calendar grid', () => {
  it('shows whole weeks, Sunday first, covering the month', () => {
    const days = gridDays('month', '2027-02-10')
    expect(days[0]).toBe('2027-01-31')
    expect(days.at(-1)).toBe('2027-03-06')
    expect(days).toHaveLength(35)
  })

  it('shows the Sunday-to-Saturday week of the day', () => {
    expect(gridDays('week', '2027-02-10')).toEqual(['2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12', '2027-02-13'])
  })

  it('reads far enough either side for any time zone', () => {
    const { from, to } = gridRange('week', '2027-02-10')
    // 11:30 pm on Saturday in Honolulu is Sunday in UTC, and still inside the range.
    const lateSaturday = new Date('2027-02-14T09:30:00Z')
    expect(dayIn(lateSaturday, 'Pacific/Honolulu')).toBe('2027-02-13')
    expect(lateSaturday >= from && lateSaturday < to).toBe(true)
  })
})
