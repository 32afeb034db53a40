import type { CollectionAfterChangeHook, CollectionAfterLoginHook } from 'payload'

import { sendMemberLanguageCookie } from '@/lib/members/memberLanguageCookie'
import type { Member } from '@/payload-types'

/** Signing in with a password shows the site in the member's language (magic links do the same in their endpoint). */
export const languageCookieOnLogin: CollectionAfterLoginHook<Member> = ({ req, user }) => {
  sendMemberLanguageCookie(req, user.preferredLanguage)
  return user
}

/** A member who changes their language (the header's switch, /account) keeps it on this device too. */
export const languageCookieOnOwnUpdate: CollectionAfterChangeHook<Member> = ({ req, doc, previousDoc, operation }) => {
  const self = req.user?.collection === 'members' && req.user.id === doc.id
  if (operation === 'update' && self && doc.preferredLanguage !== previousDoc?.preferredLanguage) sendMemberLanguageCookie(req, doc.preferredLanguage)
  return doc
}
