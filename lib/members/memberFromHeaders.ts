import type { Payload } from 'payload'

import type { Member } from '@/payload-types'

/** The member signed in by this request's cookie or Authorization header; staff and visitors give null. */
export async function memberFromHeaders(payload: Payload, headers: Headers): Promise<Member | null> {
  const { user } = await payload.auth({ headers })
  return user && user.collection === 'members' ? (user as Member) : null
}
