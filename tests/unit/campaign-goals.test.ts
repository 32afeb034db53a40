import { describe, expect, it } from 'vitest'

import { describeGoal, progressPercent, sortCampaigns, toCallToAction, toGoal } from '@/lib/content/campaigns'
import type { Media } from '@/payload-types'

describe('goals', () => {
  it('needs a positive target', () => {
    expect(toGoal(undefined)).toBeNull()
    expect(toGoal({ target: 0, progress: 3 })).toBeNull()
    expect(toGoal({ target: 500, unit: 'signatures', progress: null, label: ' ' })).toEqual({
      target: 500,
      progress: 0,
      unit: 'signatures',
      label: null,
      result: null,
    })
  })

  it('caps progress at 100% and rounds down so 100% means reached', () => {
    expect(progressPercent({ target: 500, progress: 312 })).toBe(62)
    expect(progressPercent({ target: 3, progress: 2.999 })).toBe(99)
    expect(progressPercent({ target: 40, progress: 55 })).toBe(100)
    expect(progressPercent({ target: 40, progress: -5 })).toBe(0)
  })

  it('says the numbers in words', () => {
    expect(describeGoal({ target: 5000, progress: 1234, unit: 'signatures', label: 'signatures on the letter', result: null }, 'en')).toBe(
      '1,234 of 5,000 signatures on the letter',
    )
    expect(describeGoal({ target: 500, progress: 12, unit: 'actions', label: null, result: null }, 'en')).toBe('12 of 500 actions')
    expect(describeGoal({ target: 40, progress: 40, unit: 'percent', label: 'of prescriptions by mail', result: null }, 'en')).toBe(
      '40% of prescriptions by mail (goal: 40%)',
    )
  })

  it('says them in Spanish too, naming the unit when the goal has no label', () => {
    expect(describeGoal({ target: 5000, progress: 1234, unit: 'signatures', label: null, result: null }, 'es')).toBe('1,234 de 5,000 firmas')
    expect(describeGoal({ target: 500, progress: 12, unit: 'members', label: 'miembros nuevos', result: null }, 'es')).toBe('12 de 500 miembros nuevos')
    expect(describeGoal({ target: 40, progress: 25, unit: 'percent', label: 'de las recetas por correo', result: null }, 'es')).toBe(
      '25% de las recetas por correo (meta: 40%)',
    )
  })
})

describe('sortCampaigns', () => {
  it('lists active, upcoming, won, closed; newest first within each', () => {
    const sorted = sortCampaigns([
      { status: 'won' as const, publishedAt: '2025-01-01T00:00:00Z', id: 'won' },
      { status: 'active' as const, publishedAt: '2024-01-01T00:00:00Z', id: 'old-active' },
      { status: 'closed' as const, publishedAt: '2026-01-01T00:00:00Z', id: 'closed' },
      { status: 'active' as const, publishedAt: '2025-06-01T00:00:00Z', id: 'new-active' },
      { status: 'upcoming' as const, publishedAt: null, id: 'upcoming' },
    ])
    expect(sorted.map((campaign) => campaign.id)).toEqual(['new-active', 'old-active', 'upcoming', 'won', 'closed'])
  })
})

describe('toCallToAction', () => {
  const file: Media = { id: 5, alt: 'Background', url: '/api/media/file/bg.png', mimeType: 'image/png', filesize: 10, updatedAt: '', createdAt: '' }

  it('links a download to its file and other kinds to their safe URL', () => {
    expect(toCallToAction({ kind: 'download', label: 'Get it', file })).toMatchObject({ href: '/api/media/file/bg.png', download: true })
    expect(toCallToAction({ kind: 'link', label: 'Read', url: '/news' })).toMatchObject({ href: '/news', download: false })
  })

  it('keeps an on-page action (no URL) but drops unusable ones', () => {
    expect(toCallToAction({ kind: 'sign', label: 'Sign the letter', url: null })).toEqual({ label: 'Sign the letter', href: null, kind: 'sign', download: false })
    expect(toCallToAction({ kind: 'link', label: 'Bad', url: 'javascript:alert(1)' })).toBeNull()
    expect(toCallToAction({ kind: 'download', label: 'Missing file', file: null })).toBeNull()
    expect(toCallToAction({ kind: 'sign', label: ' ' })).toBeNull()
    expect(toCallToAction(undefined)).toBeNull()
  })
})
