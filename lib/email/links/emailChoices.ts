import type { Payload } from 'payload'

import { ApiError } from '@/lib/http/errors'
import { toLang, type Lang } from '@/lib/i18n/languages'
import type { EmailChoices } from '@/lib/schemas/emailChoices'

import type { EmailList } from '../delivery/states'
import { verifyEmailToken, type EmailToken } from './emailToken'

export type EmailLinkState = { memberId: number; scope: EmailToken['scope']; lang: Lang; name: string; preferences: EmailChoices }

const choicesOf = (member: { emailPreferences?: Partial<Record<EmailList, boolean | null>> | null }): EmailChoices => ({
  bargaining: member.emailPreferences?.bargaining === true,
  actions: member.emailPreferences?.actions === true,
  digest: member.emailPreferences?.digest === true,
})

/**
 * The member an e-mailed link stands for, or a refusal a person can act on: a link that was changed or
 * cut short (400), one that has expired (410), or whose account is gone (404). The token is the only
 * authority here, so the read overrides access — and returns only what the page shows.
 */
export async function memberOfEmailLink(payload: Payload, token: unknown): Promise<EmailLinkState> {
  const check = verifyEmailToken(token)
  if (!check.ok) {
    throw check.reason === 'expired'
      ? new ApiError('expired', 'This link has expired. Sign in to change your e-mail choices on your account page.')
      : new ApiError('invalid', 'This link is not valid: it may have been cut short. Use the link in a recent e-mail, or sign in.')
  }
  const member = await payload.findByID({ collection: 'members', id: check.token.memberId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!member) throw new ApiError('not-found', 'This account no longer exists, so it gets no e-mail from us.')
  return { memberId: member.id, scope: check.token.scope, lang: toLang(member.preferredLanguage), name: member.name, preferences: choicesOf(member) }
}

export async function saveEmailChoices(payload: Payload, memberId: number, preferences: EmailChoices): Promise<EmailChoices> {
  const member = await payload.update({ collection: 'members', id: memberId, data: { emailPreferences: preferences }, depth: 0, overrideAccess: true })
  return choicesOf(member)
}

/** One-click unsubscribe: that one kind of e-mail off. Saying it twice is the same as once. */
export async function unsubscribe(payload: Payload, token: unknown): Promise<{ list: EmailList | null; lang: Lang; preferences: EmailChoices }> {
  const state = await memberOfEmailLink(payload, token)
  // A preferences link ("all") stops everything: someone who wants out should get out in one click.
  const off: EmailChoices = state.scope === 'all' ? { bargaining: false, actions: false, digest: false } : { ...state.preferences, [state.scope]: false }
  const preferences = await saveEmailChoices(payload, state.memberId, off)
  return { list: state.scope === 'all' ? null : state.scope, lang: state.lang, preferences }
}
