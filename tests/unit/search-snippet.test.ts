import { describe, expect, it } from 'vitest'

import { parseSnippet } from '@/lib/search/searchSite'

describe('parseSnippet', () => {
  it('splits the headline into plain and matched parts without interpreting HTML', () => {
    expect(parseSnippet('A \u0001bonus\u0002 of <b>$500</b> \u0001paid\u0002')).toEqual([
      { text: 'A ', match: false },
      { text: 'bonus', match: true },
      { text: ' of <b>$500</b> ', match: false },
      { text: 'paid', match: true },
    ])
  })
})
