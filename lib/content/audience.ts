import type { ReadAs } from './payload'

/** What every reshaped item says about who may read it. */
export type Audience = {
  /** Listed to everyone with a lock; the body is for signed-in members (and staff). */
  membersOnly: boolean
  /** The body was withheld from this reader (the field rules in Payload decided; this only says so). */
  locked: boolean
}

/**
 * Payload's field access already dropped the members-only fields for an anonymous read; this tells
 * the page to show the sign-in prompt instead of an empty article.
 */
export function toAudience(doc: { audience?: string | null }, read: ReadAs): Audience {
  const membersOnly = doc.audience !== 'public'
  return { membersOnly, locked: membersOnly && !read.user }
}

/** For list cards: only whether to show the lock. */
export const isMembersOnly = (doc: { audience?: string | null }) => doc.audience === 'members'
