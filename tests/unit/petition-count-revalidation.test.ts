import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { COUNT_REVALIDATE_INTERVAL_MS, revalidateSignatureCount } from '@/lib/petitions/revalidateCount'
import { csvCell, signaturesCsv } from '@/lib/petitions/signaturesCsv'

describe('revalidateSignatureCount', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('expires the campaign page at once, then at most once per interval with one trailing refresh', () => {
    const sent: string[][] = []
    const send = (tags: string[]) => sent.push(tags)
    const slug = `burst-${Date.now()}`
    const start = Date.now()
    revalidateSignatureCount(slug, start, send)
    expect(sent).toEqual([['campaigns', `campaigns:${slug}`]])
    for (let i = 1; i <= 100; i++) revalidateSignatureCount(slug, start + i * 10, send)
    expect(sent).toHaveLength(1)
    vi.advanceTimersByTime(COUNT_REVALIDATE_INTERVAL_MS)
    expect(sent).toHaveLength(2)
    vi.advanceTimersByTime(COUNT_REVALIDATE_INTERVAL_MS * 3)
    expect(sent).toHaveLength(2)
  })

  it('throttles each campaign on its own', () => {
    const sent: string[][] = []
    const send = (tags: string[]) => sent.push(tags)
    const now = Date.now()
    revalidateSignatureCount(`a-${now}`, now, send)
    revalidateSignatureCount(`b-${now}`, now, send)
    expect(sent).toHaveLength(2)
  })
})

describe('signaturesCsv', () => {
  it('quotes cells and keeps formulas as text', () => {
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('=1+1')).toBe(`"'=1+1"`)
    expect(csvCell('-2')).toBe(`"'-2"`)
  })

  it('writes one header and one line per signature with region and local names', () => {
    const csv = signaturesCsv([
      { name: 'Ana', email: 'ana@example.org', region: { id: 1, name: 'Northern California' }, local: { id: 2, name: 'Local 29', shortName: 'OPEIU 29' }, consentToContact: true, createdAt: '2026-01-01T00:00:00.000Z' },
    ])
    expect(csv.split('\r\n')).toEqual([
      '"Name","E-mail","Region","Local","Comment","Consent to contact","Signed at"',
      '"Ana","ana@example.org","Northern California","OPEIU 29","","yes","2026-01-01T00:00:00.000Z"',
      '',
    ])
  })
})
