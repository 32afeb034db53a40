import type { Payload } from 'payload'
import { generateExpiredPayloadCookie } from 'payload/shared'

import { getEnv } from '@/lib/env'
import { REGION_COOKIE } from '@/lib/regions/regionCookie'

import { SIGNED_IN_HINT } from './sessionHint'

function secure(): string {
  return getEnv().SERVER_URL.startsWith('https:') ? '; Secure' : ''
}

/** Not httpOnly (the header reads it) and as long-lived as the member's session token. */
export function signedInHintCookie(payload: Payload): string {
  const maxAge = payload.collections.members.config.auth.tokenExpiration
  return `${SIGNED_IN_HINT}=1; Path=/; Max-Age=${maxAge}; SameSite=Lax${secure()}`
}

export function expiredHintCookie(): string {
  return `${SIGNED_IN_HINT}=; Path=/; Max-Age=0; SameSite=Lax${secure()}`
}

/**
 * Everything the site set for a signed-in member: the session, the hint, and the region they
 * signed in with — on a shared ward computer the next person should not inherit the member's region.
 */
export function signOutCookies(payload: Payload): string[] {
  const collection = payload.collections.members.config
  return [
    generateExpiredPayloadCookie({ collectionAuthConfig: collection.auth, cookiePrefix: payload.config.cookiePrefix }),
    expiredHintCookie(),
    `${REGION_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax${secure()}`,
  ]
}
