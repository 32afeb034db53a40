import type { CollectionAfterLoginHook } from 'payload'

import { signedInHintCookie } from '@/lib/members/sessionCookies'
import type { Member } from '@/payload-types'

/** Password sign-in tells the static header there is a session to ask about (magic links do it in their endpoint). */
export const signedInHintOnLogin: CollectionAfterLoginHook<Member> = ({ req, user }) => {
  req.responseHeaders ??= new Headers()
  req.responseHeaders.append('set-cookie', signedInHintCookie(req.payload))
  return user
}
