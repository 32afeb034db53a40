import { describe, expect, it } from 'vitest'

import { englishSearchText, spanishSearchText } from '@/collections/Search/searchText'
import { withSpanishAccents } from '@/lib/search/searchSite'
import { lexical } from '@/scripts/seed/lexical'

const english = {
  title: 'Contract talks resume',
  summary: 'Where talks stand.',
  body: lexical(['The team met on Tuesday.']),
  hashtags: ['Union'],
  audience: 'public',
  spanishStatus: 'ready',
}

describe('the Spanish columns of a search row', () => {
  it('hold the Spanish text of a ready item', () => {
    const spanish = { ...english, title: 'Se reanuda la negociación', summary: 'Cómo va.', body: lexical(['El equipo se reunió el martes.']) }
    expect(spanishSearchText('announcements', english, spanish)).toEqual({
      title: 'Se reanuda la negociación',
      summary: 'Cómo va.',
      bodyText: 'El equipo se reunió el martes.\n#Union',
    })
  })

  it('are empty unless the Spanish is ready, whatever text is saved', () => {
    const spanish = { ...english, title: 'Borrador', summary: 'Borrador.', body: lexical(['Borrador.']) }
    for (const spanishStatus of ['none', 'in-progress', null]) {
      expect(spanishSearchText('announcements', { ...english, spanishStatus }, spanish)).toEqual({ title: null, summary: null, bodyText: null })
    }
    expect(spanishSearchText('announcements', english, null)).toEqual({ title: null, summary: null, bodyText: null })
  })

  it('leave a field without Spanish text empty, so the English one stands in (a body with no Spanish at all too)', () => {
    const spanish = { ...english, title: 'Se reanuda la negociación', summary: null, body: null }
    expect(spanishSearchText('announcements', english, spanish)).toEqual({ title: 'Se reanuda la negociación', summary: null, bodyText: null })
    expect(spanishSearchText('announcements', english, { ...spanish, title: '  ' }).title).toBeNull()
  })

  it('never hold a members-only body, nor a members-only leader’s bio', () => {
    const members = { ...english, audience: 'members' }
    expect(spanishSearchText('announcements', members, { ...members, title: 'Para miembros', body: lexical(['Secreto.']) }).bodyText).toBeNull()
    const leader = { name: 'Ana Ruiz', title: 'Treasurer', bio: 'Bio.', audience: 'members', spanishStatus: 'ready' }
    expect(spanishSearchText('leadership', leader, { ...leader, title: 'Tesorera', bio: 'Biografía.' })).toEqual({ title: 'Ana Ruiz — Tesorera', summary: null, bodyText: null })
    expect(spanishSearchText('leadership', { ...leader, audience: 'public' }, { ...leader, title: 'Tesorera', bio: 'Biografía.' })).toMatchObject({ summary: 'Biografía.' })
    expect(englishSearchText('leadership', leader)).toEqual({ title: 'Ana Ruiz — Treasurer', summary: null, bodyText: '' })
  })
})

describe('withSpanishAccents', () => {
  it('spells a final unaccented "-ion" as "-ión", so the stemmer finds the ending', () => {
    expect(withSpanishAccents('negociacion salarial')).toBe('negociación salarial')
    expect(withSpanishAccents('Region "union local"')).toBe('Región "unión local"')
    expect(withSpanishAccents('negociaciones ionico')).toBe('negociaciones ionico')
  })
})
