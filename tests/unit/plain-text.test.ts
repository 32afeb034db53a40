import { describe, expect, it } from 'vitest'

import { lexical } from '@/scripts/seed/lexical'
import { documentText, lexicalText } from '@/lib/search/plainText'

describe('lexicalText', () => {
  it('joins paragraphs, headings and list items', () => {
    expect(lexicalText(lexical(['First line.', { h: 'Heading' }, { ul: ['one', 'two'] }]))).toBe('First line. Heading one two')
    expect(lexicalText(null)).toBe('')
  })
})

describe('documentText', () => {
  it('reads rich text, list rows, page blocks and hashtags', () => {
    const text = documentText({
      body: lexical(['Staffing matters.']),
      keyIssues: [{ id: '6b0338589ba30a190b32b69c', issue: 'Wages', detail: 'Raises that keep up' }],
      layout: [{ id: 'block-1', blockType: 'timeline', milestones: [{ id: 'row-1', year: 1997, title: 'Partnership begins' }] }],
      hashtags: ['UnionProud'],
    })
    for (const part of ['Staffing matters.', 'Wages', 'Raises that keep up', 'Partnership begins', '#UnionProud']) {
      expect(text).toContain(part)
    }
    for (const bookkeeping of ['6b0338589ba30a190b32b69c', 'block-1', 'row-1', 'timeline']) expect(text).not.toContain(bookkeeping)
  })

  it('caps the indexed text', () => {
    expect(documentText({ body: lexical(['x'.repeat(50)]) }, 10)).toHaveLength(10)
  })
})
