import type { Payload } from 'payload'

import { getEnv } from '@/lib/env'
import { REGION_COOKIE, REGION_COOKIE_MAX_AGE } from '@/lib/regions/regionCookie'
import { relationId } from '@/lib/relationId'
import type { Member } from '@/payload-types'

/**
 * The `region` cookie (the one the header's picker sets) for a member's own region, so signing in
 * or changing region on /account makes the home page and /news follow it.
 */
export async function memberRegionCookie(payload: Payload, region: Member['region'] | undefined): Promise<string | null> {
  const id = relationId(region)
  if (id === null) return null
  const doc = await payload.findByID({ collection: 'regions', id, depth: 0, overrideAccess: true, disableErrors: true, select: { code: true } })
  if (!doc?.code) return null
  const secure = getEnv().SERVER_URL.startsWith('https:') ? '; Secure' : ''
  return `${REGION_COOKIE}=${encodeURIComponent(doc.code)}; Path=/; Max-Age=${REGION_COOKIE_MAX_AGE}; SameSite=Lax${secure}`
}

/** Adds the cookie to whatever Payload sends back for this request (login, account update). */
export async function sendMemberRegionCookie(req: { payload: Payload; responseHeaders?: Headers }, region: Member['region'] | undefined) {
  const cookie = await memberRegionCookie(req.payload, region)
  if (!cookie) return
  req.responseHeaders ??= new Headers()
  req.responseHeaders.append('set-cookie', cookie)
}
