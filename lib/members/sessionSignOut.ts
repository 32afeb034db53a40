import { logoutOperation, type PayloadRequest } from 'payload'

import { safeNextPath } from './nextPath'

/** Pages that only make sense signed in: signing out there goes home instead of to a sign-in prompt. */
const SIGNED_IN_ONLY = ['/account']

/** Where a sign-out form sends the browser: back to the page it came from on this site, else home. */
export function afterSignOutPath(next: unknown): string {
  const path = safeNextPath(next, '/')
  const pathname = path.split(/[?#]/)[0] ?? '/'
  return SIGNED_IN_ONLY.some((page) => pathname === page || pathname.startsWith(`${page}/`)) ? '/' : path
}

/**
 * A browser request sent by another site, by Payload's own rule for session cookies (Origin against
 * the csrf list, else Sec-Fetch-Site). Such a request may not sign anyone out, not even by clearing
 * cookies: a page elsewhere could otherwise end members' sessions at will.
 */
export function isCrossSiteRequest(headers: Headers, allowedOrigins: readonly string[]): boolean {
  const origin = headers.get('origin')
  if (origin) return allowedOrigins.length > 0 && !allowedOrigins.includes(origin)
  return headers.get('sec-fetch-site') === 'cross-site'
}

/**
 * Removes the session this request is signed in with (or all of that account's sessions) from the
 * database, so its token — as cookie or Authorization header — is refused from now on. Staff who
 * post here are signed out the same way: clearing the cookie must never leave a live token behind.
 */
export async function endSession(req: PayloadRequest, everywhere: boolean): Promise<boolean> {
  const slug = req.user?.collection
  if (!slug) return false
  return logoutOperation({ allSessions: everywhere, collection: req.payload.collections[slug], req })
}
