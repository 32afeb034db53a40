import crypto from 'node:crypto'

import type { Payload } from 'payload'

import type { User } from '@/payload-types'

// The .ics subscription's secret: 32 random bytes in the URL, their SHA-256 in the database. The
// token is shown once, when created or reset; resetting replaces the hash, so the old URL stops at once.

export const FEED_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/

const hashOf = (token: string) => crypto.createHash('sha256').update(token).digest('hex')

/** Creates the staff member's subscription, or replaces its token; returns the new token. */
export async function resetFeedToken(payload: Payload, user: Pick<User, 'id'>): Promise<string> {
  const token = crypto.randomBytes(32).toString('base64url')
  const existing = await payload.find({ collection: 'calendar-feeds', where: { user: { equals: user.id } }, limit: 1, depth: 0, overrideAccess: true })
  if (existing.docs[0]) {
    await payload.update({ collection: 'calendar-feeds', id: existing.docs[0].id, data: { tokenHash: hashOf(token) }, overrideAccess: true })
  } else {
    await payload.create({ collection: 'calendar-feeds', data: { user: user.id, tokenHash: hashOf(token) }, overrideAccess: true })
  }
  return token
}

/** Turns the subscription off: every URL it ever had answers 404. */
export async function revokeFeedToken(payload: Payload, user: Pick<User, 'id'>): Promise<void> {
  await payload.delete({ collection: 'calendar-feeds', where: { user: { equals: user.id } }, overrideAccess: true })
}

/** When the staff member's current subscription was made (or last reset), or null without one. */
export async function feedTokenSince(payload: Payload, user: Pick<User, 'id'>): Promise<string | null> {
  const { docs } = await payload.find({ collection: 'calendar-feeds', where: { user: { equals: user.id } }, limit: 1, depth: 0, overrideAccess: true })
  return docs[0]?.updatedAt ?? null
}

/** The staff account a token belongs to, as of now (role and regions included), or null. */
export async function userForFeedToken(payload: Payload, token: string): Promise<User | null> {
  if (!FEED_TOKEN_PATTERN.test(token)) return null
  const { docs } = await payload.find({ collection: 'calendar-feeds', where: { tokenHash: { equals: hashOf(token) } }, limit: 1, depth: 0, overrideAccess: true })
  const userId = docs[0]?.user
  if (userId == null) return null
  const found = await payload.find({ collection: 'users', where: { id: { equals: typeof userId === 'object' ? userId.id : userId } }, limit: 1, depth: 0, overrideAccess: true })
  return found.docs[0] ?? null
}

export function feedUrl(serverUrl: string, token: string): string {
  return `${serverUrl.replace(/\/$/, '')}/api/calendar/feed/${token}.ics`
}
