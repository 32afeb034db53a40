import { describe, expect, it } from 'vitest'

import { digestSlot, isTimeZone } from '@/lib/email/jobs/digestSlot'

const monday7 = { weekday: 'monday', hour: 7 } as const

describe('the weekly digest’s slot', () => {
  it('opens at the set hour in the region’s own time zone and lasts the rest of that local day', () => {
    // Monday 2026-12-07 07:00 in Los Angeles is 15:00 UTC; in Honolulu it is then 05:00.
    const at = new Date('2026-12-07T15:00:00Z')
    expect(digestSlot(at, 'America/Los_Angeles', monday7)).toEqual({ localDate: '2026-12-07', end: new Date('2026-12-07T15:00:00Z') })
    expect(digestSlot(at, 'Pacific/Honolulu', monday7)).toBeNull()
    expect(digestSlot(new Date('2026-12-07T17:00:00Z'), 'Pacific/Honolulu', monday7)).toEqual({ localDate: '2026-12-07', end: new Date('2026-12-07T17:00:00Z') })
    // Later the same local day: still that slot, still the same week's end (a worker that was down catches up).
    expect(digestSlot(new Date('2026-12-08T05:30:00Z'), 'America/Los_Angeles', monday7)).toEqual({ localDate: '2026-12-07', end: new Date('2026-12-07T15:00:00Z') })
    // Tuesday in Los Angeles: no slot.
    expect(digestSlot(new Date('2026-12-08T09:00:00Z'), 'America/Los_Angeles', monday7)).toBeNull()
    // Before the hour on the day: not yet.
    expect(digestSlot(new Date('2026-12-07T14:59:00Z'), 'America/Los_Angeles', monday7)).toBeNull()
  })

  it('knows a time zone from a typo', () => {
    expect(isTimeZone('America/Denver')).toBe(true)
    expect(isTimeZone('America/Denvre')).toBe(false)
    expect(isTimeZone('')).toBe(false)
  })
})
