import type { ReadAs } from './payload'

/** Who may read something: the options of an item's audience and of a file's visibility alike. */
export const AUDIENCE_OPTIONS = [
  { value: 'public', label: 'Everyone' },
  { value: 'members', label: 'Members only' },
]

/** What every reshaped item says about who may read it. */
export type Audience = {
  /** Listed to everyone with a lock; the body is for signed-in members (and staff). */
  membersOnly: boolean
  /** The body was withheld from this reader (the field rules in Payload decided; this only says so). */
  locked: boolean
}

/** Members-only unless marked public: an unknown audience stays closed, as Payload's field rule does. */
export const isMembersOnly = (doc: { audience?: string | null }) => doc.audience !== 'public'

/**
 * Payload's field access already dropped the members-only fields for an anonymous read; this tells
 * the page to show the sign-in prompt instead of an empty article.
 */
export function toAudience(doc: { audience?: string | null }, read: ReadAs): Audience {
  const membersOnly = isMembersOnly(doc)
  return { membersOnly, locked: membersOnly && !read.user }
}
