import { AuthenticationError, type CollectionAfterErrorHook, type CollectionAfterReadHook, type CollectionBeforeOperationHook } from 'payload'

import { verifyPassword } from '@/lib/auth/verifyPassword'
import { ApiError } from '@/lib/http/errors'
import { messages, messageText } from '@/lib/i18n/messages'
import { clientIp } from '@/lib/rateLimit/clientIp'
import { accountKey, checkAccountLimit, consumeRateLimit, countAccountAttempt } from '@/lib/rateLimit/consume'
import { formLang } from '@/lib/schemas/formValues'
import { memberPassword } from '@/lib/schemas/member'
import { staffPassword } from '@/lib/schemas/staffUser'
import { staffUser } from '@/lib/auth/viewer'
import type { UnknownDoc } from '../unknownDoc'

type EmailArgs = { data?: { email?: unknown } }

/** The account a request names: the e-mail as Payload matches it (trimmed, lower-cased). */
function accountOf(collection: { slug: string }, data: EmailArgs['data']): string | null {
  const email = data?.email
  return typeof email === 'string' && accountKey(email) ? `${collection.slug}:${accountKey(email)}` : null
}

/**
 * Failed sign-ins are counted per account *and* client address when the address can be trusted, so
 * someone guessing from one place blocks only themselves, never the member signing in from the ward;
 * Payload's lock (maxLoginAttempts) is the account-wide ceiling against guessing from many places.
 * Without a trusted address the count is per account alone.
 */
function signInKey(collection: { slug: string }, data: EmailArgs['data'], ip: string | null): string | null {
  const account = accountOf(collection, data)
  return account && ip ? `${account}@${ip}` : account
}

/**
 * Limits on password sign-in and reset requests. Per address: every attempt. Per account: failed
 * sign-ins only (countFailedSignIn), so people signing in on several devices are never turned away;
 * the count is kept whether or not the account exists.
 */
export const limitPasswordAttempts: CollectionBeforeOperationHook = async ({ operation, args, req, collection }) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  const data = (args as EmailArgs).data
  const ip = clientIp(req)
  if (operation === 'forgotPassword') {
    await consumeRateLimit(req.payload, 'passwordReset', { ip, account: accountOf(collection, data) })
    return args
  }
  await consumeRateLimit(req.payload, 'login', { ip })
  const key = signInKey(collection, data, ip)
  if (key) await checkAccountLimit(req.payload, 'login', key)
  return args
}

/** A wrong e-mail or password counts against the account named (REST and GraphQL sign-in). */
export const countFailedSignIn: CollectionAfterErrorHook = async ({ error, req, collection }) => {
  if (!(error instanceof AuthenticationError)) return
  const key = signInKey(collection, req.data, clientIp(req))
  if (key) await countAccountAttempt(req.payload, 'login', key)
}

/** Session lists are Payload's bookkeeping; no answer to a person (me, find, GraphQL) includes them. */
export const hideSessions: CollectionAfterReadHook<UnknownDoc> = ({ doc, overrideAccess }) => {
  if (!overrideAccess && doc && typeof doc === 'object') delete doc.sessions
  return doc
}

// Staff can reset by e-mail from the admin's login page; members sign in by e-mailed link instead.
const NEEDS_CURRENT_STAFF = 'Enter your current password to choose a new one, or use "Forgot password?" on the login page to get a link by e-mail.'

/**
 * A new password is as strong as at sign-up and needs the current one (a stolen session token alone cannot take the account over)
 * or a reset link from the e-mail, which is Payload's resetPassword and not this operation. Admins
 * may set another staff member's or a member's password; Payload then ends all of that account's
 * sessions (and, for one's own change, every session but the current one).
 */
export const checkPasswordChange: CollectionBeforeOperationHook = async ({ operation, args, req, collection }) => {
  if (operation !== 'update') return args
  const { data, id } = args as { data?: Record<string, unknown>; id?: number | string }
  if (!data || typeof data.password !== 'string') return args
  const currentPassword = data.currentPassword
  delete data.currentPassword
  // A member's form says which language it was filled in (the admin is English); never stored.
  const lang = collection.slug === 'members' ? formLang(data) : 'en'
  delete data.lang
  // The same rule as at sign-up (members) or account creation (staff), whoever sets it.
  const strong = (collection.slug === 'users' ? staffPassword : memberPassword).safeParse(data.password)
  if (!strong.success) {
    const message = messageText(lang, strong.error.issues[0]?.message ?? 'members.errorPasswordTooShort')
    throw new ApiError('invalid', message, { fields: { password: message } })
  }
  const user = req.user
  if (!user) return args // trusted scripts (user:create, seed) through the Local API
  const self = user.collection === collection.slug && id !== undefined && String(user.id) === String(id)
  if (!self) {
    if (staffUser(req)?.role === 'admin' && id !== undefined) return args
    throw new ApiError('forbidden', 'Only the account holder can change this password.')
  }
  const stored = await req.payload.db.findOne<{ id: number | string; hash?: string; salt?: string }>({
    collection: collection.slug,
    where: { id: { equals: id } },
    req,
  })
  if (typeof currentPassword !== 'string' || !stored || !(await verifyPassword(currentPassword, stored))) {
    const t = messages(lang)
    throw new ApiError('invalid', collection.slug === 'users' ? NEEDS_CURRENT_STAFF : t.members.errorNeedsCurrentPassword, {
      fields: { currentPassword: t.members.errorCurrentPassword },
    })
  }
  return args
}
