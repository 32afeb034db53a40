import { describe, expect, it } from 'vitest'

import { firstNameOf, hasSignedInHint } from '@/lib/members/sessionHint'
import { afterSignOutPath, isCrossSiteRequest } from '@/lib/members/sessionSignOut'

const SITE = ['http://localhost:3000']

describe('the signed-in hint', () => {
  it('is found only as the exact cookie', () => {
    expect(hasSignedInHint('region=ncal; signed-in=1')).toBe(true)
    expect(hasSignedInHint('signed-in=1')).toBe(true)
    expect(hasSignedInHint('signed-in=')).toBe(false)
    expect(hasSignedInHint('not-signed-in=1; signed-in=0')).toBe(false)
    expect(hasSignedInHint('')).toBe(false)
    expect(hasSignedInHint(undefined)).toBe(false)
  })

  it('greets by the first word of the name', () => {
    expect(firstNameOf('Maria Santos')).toBe('Maria')
    expect(firstNameOf('  Ada\tLovelace ')).toBe('Ada')
    expect(firstNameOf('')).toBe('')
    expect(firstNameOf(null)).toBe('')
  })
})

describe('after signing out', () => {
  it('goes back to the page on this site, home from signed-in-only pages or anything foreign', () => {
    expect(afterSignOutPath('/news/a-story?x=1')).toBe('/news/a-story?x=1')
    expect(afterSignOutPath('/account')).toBe('/')
    expect(afterSignOutPath('/account/?tab=1')).toBe('/')
    expect(afterSignOutPath('/accounts-payable')).toBe('/accounts-payable')
    expect(afterSignOutPath('//evil.example')).toBe('/')
    expect(afterSignOutPath('https://evil.example/')).toBe('/')
    expect(afterSignOutPath('/admin')).toBe('/')
    expect(afterSignOutPath(null)).toBe('/')
  })
})

describe('cross-site sign-out requests', () => {
  const headers = (init: Record<string, string>) => new Headers(init)

  it('are recognised by Origin first, then Sec-Fetch-Site', () => {
    expect(isCrossSiteRequest(headers({ origin: 'http://localhost:3000' }), SITE)).toBe(false)
    expect(isCrossSiteRequest(headers({ origin: 'https://evil.example', 'sec-fetch-site': 'same-origin' }), SITE)).toBe(true)
    expect(isCrossSiteRequest(headers({ origin: 'null' }), SITE)).toBe(true)
    expect(isCrossSiteRequest(headers({ 'sec-fetch-site': 'cross-site' }), SITE)).toBe(true)
    expect(isCrossSiteRequest(headers({ 'sec-fetch-site': 'same-origin' }), SITE)).toBe(false)
    // No browser headers at all: an API client, which carries its token in a header, not a cookie.
    expect(isCrossSiteRequest(headers({}), SITE)).toBe(false)
  })

  it('follow Payload in trusting every origin when no csrf list is configured', () => {
    expect(isCrossSiteRequest(headers({ origin: 'https://elsewhere.example' }), [])).toBe(false)
  })
})
