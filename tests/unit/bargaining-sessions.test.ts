import { describe, expect, it } from 'vitest'

import { currentKeyIssues, groupSessionsByTable, latestUpdate, pickNextSession } from '@/lib/content/bargaining'
import type { BargainingSession } from '@/lib/content/types'

function session(overrides: Partial<BargainingSession> & Pick<BargainingSession, 'slug' | 'table'>): BargainingSession {
  return {
    href: `/bargaining/${overrides.slug}`,
    title: overrides.slug,
    sessionNumber: null,
    status: 'in-session',
    sessionStart: null,
    sessionEnd: null,
    location: null,
    authoredBy: 'coalition',
    membersOnly: false,
    englishOnly: false,
    summary: null,
    publishedAt: null,
    keyIssues: [],
    nextSession: null,
    ...overrides,
  }
}

const s1 = session({ slug: 's1', table: '2023 National', sessionNumber: 1, sessionStart: '2023-04-18T00:00:00.000Z', publishedAt: '2023-04-20T22:00:00.000Z', keyIssues: [{ issue: 'Staffing', detail: null }] })
const s4 = session({ slug: 's4', table: '2023 National', sessionNumber: 4, sessionStart: '2023-07-11T00:00:00.000Z', publishedAt: '2023-07-13T22:00:00.000Z', nextSession: { start: '2023-08-01T00:00:00.000Z', end: null, location: null } })
const prep = session({ slug: 'prep', table: '2027 National', status: 'preparing', publishedAt: '2026-11-20T18:00:00.000Z', nextSession: { start: '2027-01-06T00:00:00.000Z', end: '2027-01-08T00:00:00.000Z', location: 'Oakland' } })
const local = session({ slug: 'local', table: 'Local 29 table', sessionStart: '2026-12-01T00:00:00.000Z', publishedAt: '2026-10-01T00:00:00.000Z', nextSession: { start: '2026-12-15T00:00:00.000Z', end: null, location: null } })

describe('groupSessionsByTable', () => {
  it('puts the most recently active table first and its newest session first', () => {
    const groups = groupSessionsByTable([s1, prep, s4])
    expect(groups.map((group) => group.table)).toEqual(['2027 National', '2023 National'])
    expect(groups[1]?.sessions.map((item) => item.slug)).toEqual(['s4', 's1'])
  })

  it('returns nothing for no sessions', () => {
    expect(groupSessionsByTable([])).toEqual([])
  })
})

describe('latest update and key issues', () => {
  it('uses the most recently published update', () => {
    expect(latestUpdate([s1, prep, s4])?.slug).toBe('prep')
    expect(latestUpdate([])).toBeNull()
  })

  it('takes key issues from the latest update that has any', () => {
    expect(currentKeyIssues([s4, s1, prep])).toEqual([{ issue: 'Staffing', detail: null }])
  })
})

describe('pickNextSession', () => {
  it('picks the earliest announced session from today on, today included', () => {
    expect(pickNextSession([s4, prep, local], '2026-11-22')).toMatchObject({ start: '2026-12-15T00:00:00.000Z', table: 'Local 29 table', href: '/bargaining/local' })
    expect(pickNextSession([s4, prep, local], '2026-12-15')?.start).toBe('2026-12-15T00:00:00.000Z')
    expect(pickNextSession([s4, prep, local], '2026-12-16')?.start).toBe('2027-01-06T00:00:00.000Z')
    expect(pickNextSession([s4, prep], '2027-02-01')).toBeNull()
  })
})
