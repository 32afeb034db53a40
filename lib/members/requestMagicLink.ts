import type { Payload } from 'payload'

import { magicLinkEmail } from './emails'
import { safeNextPath } from './nextPath'
import { MAGIC_LINK_TTL_MS, newMagicLinkToken } from './magicLinkToken'

export const MAGIC_LINK_MESSAGE = 'If that address belongs to a member, a sign-in link is on its way.'

/** Stores the hash of a fresh single-use token on the member (replacing any earlier one) and e-mails the link, in the member's language. */
export async function requestMagicLink(payload: Payload, email: string, next?: string): Promise<{ message: string }> {
  const { docs } = await payload.find({ collection: 'members', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })
  const member = docs[0]
  if (!member) return { message: MAGIC_LINK_MESSAGE }
  const { token, hash } = newMagicLinkToken()
  await payload.update({
    collection: 'members',
    id: member.id,
    overrideAccess: true,
    data: { magicLinkHash: hash, magicLinkExpiresAt: new Date(Date.now() + MAGIC_LINK_TTL_MS).toISOString() },
  })
  const { subject, html, text } = await magicLinkEmail(member.name, token, safeNextPath(next), member.preferredLanguage)
  await payload.sendEmail({ to: member.email, subject, html, text })
  return { message: MAGIC_LINK_MESSAGE }
}
