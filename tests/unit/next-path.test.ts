import { describe, expect, it } from 'vitest'

import { safeNextPath, signInHref } from '@/lib/members/nextPath'

describe('where sign-in returns to', () => {
  it('keeps a path on this site, query included', () => {
    expect(safeNextPath('/news/strike-vote?from=mail')).toBe('/news/strike-vote?from=mail')
  })

  it.each([
    ['another site', 'https://evil.example/phish'],
    ['a protocol-relative address', '//evil.example'],
    ['a backslash trick', '/\\evil.example'],
    ['a relative path', 'news/x'],
    ['the API', '/api/members/me'],
    ['the staff admin', '/admin'],
    ['a header-splitting newline', '/news\r\nSet-Cookie: x=1'],
    ['nothing', undefined],
  ])('falls back to the account page for %s', (_, value) => {
    expect(safeNextPath(value)).toBe('/account')
  })

  it('builds the sign-in link that comes back here', () => {
    expect(signInHref('/news/a?b=1')).toBe('/signin?next=%2Fnews%2Fa%3Fb%3D1')
  })
})
