import { describe, expect, it } from 'vitest'

import { staffUserInput } from '@/lib/schemas/staffUser'

const ok = { email: 'Ana@Example.org', password: 'Str0ng-enough-pw', role: 'admin' }

describe('staffUserInput', () => {
  it('normalises the e-mail', () => {
    expect(staffUserInput.parse(ok).email).toBe('ana@example.org')
  })

  it.each([
    ['short', 'at least 12 characters'],
    ['alllowercaseletters', 'mix at least three'],
  ])('rejects the weak password %s', (password, message) => {
    const result = staffUserInput.safeParse({ ...ok, password })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.message).join(' ')).toContain(message)
  })

  it('accepts a long passphrase without symbols', () => {
    expect(staffUserInput.safeParse({ ...ok, password: 'correct horse battery staple' }).success).toBe(true)
  })

  it('requires regions for regional staff and forbids them for others', () => {
    expect(staffUserInput.safeParse({ ...ok, role: 'regional' }).error?.issues[0]?.message).toMatch(/--regions/)
    expect(staffUserInput.safeParse({ ...ok, role: 'regional', regions: ['ncal', 'scal'] }).success).toBe(true)
    expect(staffUserInput.safeParse({ ...ok, regions: ['ncal'] }).success).toBe(false)
  })

  it('rejects an unknown role by listing the valid ones', () => {
    expect(staffUserInput.safeParse({ ...ok, role: 'owner' }).error?.issues[0]?.message).toBe(
      'Role must be one of: admin, communications, regional.',
    )
  })
})
