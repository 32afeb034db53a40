import type { CollectionAfterChangeHook, CollectionAfterLoginHook } from 'payload'

import { sendMemberRegionCookie } from '@/lib/members/memberRegionCookie'
import { relationId } from '@/lib/relationId'
import type { Member } from '@/payload-types'

/** Signing in with a password sets the site's region to the member's own (magic links do the same in their endpoint). */
export const regionCookieOnLogin: CollectionAfterLoginHook<Member> = async ({ req, user }) => {
  await sendMemberRegionCookie(req, user.region)
  return user
}

/** A member who changes their region on /account sees the home page and /news follow it at once. */
export const regionCookieOnOwnUpdate: CollectionAfterChangeHook<Member> = async ({ req, doc, previousDoc, operation }) => {
  const self = req.user?.collection === 'members' && req.user.id === doc.id
  if (operation === 'update' && self && relationId(doc.region) !== relationId(previousDoc?.region)) await sendMemberRegionCookie(req, doc.region)
  return doc
}
