import { describe, expect, it } from 'vitest'

import { tagsForChange, tags } from '@/lib/cacheTags'
import { mergeNewestFirst } from '@/lib/content/feed'
import { leaderTerm, splitLeaders } from '@/lib/content/leadership'
import { toPageBlocks } from '@/lib/content/pageBlocks'
import { payoutConditions } from '@/lib/content/payouts'
import type { FeedItem, Leader } from '@/lib/content/types'
import { publishedWhere, regionScope } from '@/lib/content/where'

const item = (key: string, publishedAt: string | null): FeedItem => ({
  key,
  kind: 'announcement',
  title: key,
  summary: null,
  href: `/news/${key}`,
  publishedAt,
  kicker: 'News',
  image: null,
  regions: [],
  membersOnly: false,
  englishOnly: false,
})

describe('mergeNewestFirst', () => {
  it('interleaves lists by publish time, undated last, and trims', () => {
    const merged = mergeNewestFirst(
      [
        [item('a', '2025-01-01T00:00:00Z'), item('c', null)],
        [item('b', '2025-06-01T00:00:00Z'), item('d', '2024-01-01T00:00:00Z')],
      ],
      3,
    )
    expect(merged.map((entry) => entry.key)).toEqual(['b', 'a', 'd'])
  })

  it('leaves out excluded items', () => {
    expect(mergeNewestFirst([[item('a', '2025-01-01T00:00:00Z'), item('b', '2024-01-01T00:00:00Z')]], 5, new Set(['a'])).map((entry) => entry.key)).toEqual(['b'])
  })
})

describe('where clauses', () => {
  it('scopes to a region plus coalition-wide items, or not at all', () => {
    expect(regionScope(null)).toBeNull()
    expect(regionScope(3)).toEqual({ or: [{ regions: { in: [3] } }, { regionKey: { equals: '' } }] })
  })

  it('always requires published', () => {
    expect(publishedWhere(null, { slug: { equals: 'x' } })).toEqual({
      and: [{ _status: { equals: 'published' } }, { slug: { equals: 'x' } }],
    })
  })
})

describe('cache tags', () => {
  it('revalidates the list and both the old and the new slug', () => {
    expect(tagsForChange('announcements', { slug: 'new' }, { slug: 'old' })).toEqual(['announcements', 'announcements:new', 'announcements:old'])
    expect(tagsForChange('campaigns', { slug: 'same' }, { slug: 'same' })).toEqual(['campaigns', tags.campaign('same')])
    expect(tagsForChange('leadership', { slug: 'someone' })).toEqual(['leadership'])
  })
})

describe('payoutConditions', () => {
  it('words hour bands with an exclusive maximum', () => {
    expect(payoutConditions({ minWeeklyHours: 32 }, 'en')).toEqual(['32+ hours a week'])
    expect(payoutConditions({ maxWeeklyHours: 32 }, 'en')).toEqual(['Under 32 hours a week'])
    expect(payoutConditions({ minWeeklyHours: 20, maxWeeklyHours: 32 }, 'en')).toEqual(['20 to under 32 hours a week'])
  })

  it('adds annual hours, hire date and on-call eligibility', () => {
    expect(payoutConditions({ minAnnualHours: 1800, hiredBefore: '2021-09-27T00:00:00.000Z', includesOnCall: true }, 'en')).toEqual([
      'At least 1,800 hours in the year',
      'Hired before September 27, 2021',
      'On-call and per diem included',
    ])
    expect(payoutConditions({}, 'en')).toEqual([])
  })

  it('words them in Spanish for the Spanish site', () => {
    expect(payoutConditions({ minWeeklyHours: 20, maxWeeklyHours: 32 }, 'es')).toEqual(['De 20 a menos de 32 horas por semana'])
    expect(payoutConditions({ minAnnualHours: 1800, hiredBefore: '2021-09-27T00:00:00.000Z', includesOnCall: true }, 'es')).toEqual([
      'Al menos 1,800 horas en el año',
      'Fecha de contratación anterior al 27 de septiembre de 2021',
      'Incluye al personal de guardia y per diem',
    ])
  })
})

describe('splitLeaders', () => {
  const leader = (slug: string, status: Leader['status'], termEnd: string | null = null): Leader => ({
    membersOnly: false,
    locked: false,
    slug,
    name: slug,
    title: 'Director',
    status,
    organisation: null,
    photo: null,
    bio: null,
    quote: null,
    termStart: null,
    termEnd,
    englishOnly: false,
  })

  it('keeps current and interim in order and sorts past leaders by latest term', () => {
    const roster = splitLeaders([
      leader('interim', 'interim'),
      leader('older', 'former', '2020-01-01T00:00:00Z'),
      leader('current', 'current'),
      leader('recent', 'former', '2025-06-01T00:00:00Z'),
    ])
    expect(roster.current.map((person) => person.slug)).toEqual(['interim', 'current'])
    expect(roster.past.map((person) => person.slug)).toEqual(['recent', 'older'])
  })
})

describe('leaderTerm', () => {
  const sept2022 = '2022-09-01T00:00:00.000Z'
  const june2025 = '2025-06-01T00:00:00.000Z'

  it('words a term from its ends, in English', () => {
    expect(leaderTerm({ termStart: sept2022, termEnd: june2025 }, 'en')).toBe('September 2022 – June 2025')
    expect(leaderTerm({ termStart: june2025, termEnd: null }, 'en')).toBe('Since June 2025')
    expect(leaderTerm({ termStart: null, termEnd: '2020-01-01T00:00:00.000Z' }, 'en')).toBe('Until January 2020')
    expect(leaderTerm({ termStart: null, termEnd: null }, 'en')).toBe('')
  })

  it('and in Spanish', () => {
    expect(leaderTerm({ termStart: sept2022, termEnd: june2025 }, 'es')).toBe('septiembre de 2022 – junio de 2025')
    expect(leaderTerm({ termStart: june2025, termEnd: null }, 'es')).toBe('Desde junio de 2025')
    expect(leaderTerm({ termStart: null, termEnd: '2020-01-01T00:00:00.000Z' }, 'es')).toBe('Hasta enero de 2020')
  })
})

describe('toPageBlocks', () => {
  it('sorts milestones, drops unsafe calls to action and unpopulated images', () => {
    const blocks = toPageBlocks([
      { blockType: 'timeline', id: 't', milestones: [{ year: 2000, title: 'Later' }, { year: 1996, title: 'Founded' }] },
      { blockType: 'callToAction', id: 'bad', heading: 'Go', label: 'Go', url: 'javascript:alert(1)' },
      { blockType: 'callToAction', id: 'good', heading: 'Follow', label: 'Go', url: '/bargaining' },
      { blockType: 'image', id: 'img', image: 4 },
      { blockType: 'quote', id: 'q', quote: 'Together' },
    ])
    expect(blocks.map((block) => block.id)).toEqual(['t', 'good', 'q'])
    const timeline = blocks[0]
    expect(timeline?.type === 'timeline' && timeline.milestones.map((milestone) => milestone.year)).toEqual([1996, 2000])
  })
})
