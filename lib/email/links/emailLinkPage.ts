import type { Payload } from 'payload'

import { isApiError } from '@/lib/http/errors'

import { memberOfEmailLink, type EmailLinkState } from './emailChoices'

/** Why an e-mailed link cannot be used: changed or cut short, expired, or its account is gone. */
export type EmailLinkProblem = 'invalid' | 'expired' | 'not-found'

export type EmailLinkRead = { ok: true; token: string; link: EmailLinkState } | { ok: false; problem: EmailLinkProblem }

const isProblem = (code: string): code is EmailLinkProblem => code === 'invalid' || code === 'expired' || code === 'not-found'

/**
 * For the pages the links open (/email/preferences, /email/unsubscribe): the token of the address
 * (`?t=`; a repeated one is not a link we sent) and its member, or the problem to explain to the
 * reader. Anything else (the database is down) is thrown, for the error page.
 */
export async function readEmailLink(payload: Payload, query: Record<string, string | string[] | undefined>): Promise<EmailLinkRead> {
  const token = query.t
  if (typeof token !== 'string') return { ok: false, problem: 'invalid' }
  try {
    return { ok: true, token, link: await memberOfEmailLink(payload, token) }
  } catch (error) {
    if (isApiError(error) && isProblem(error.code)) return { ok: false, problem: error.code }
    throw error
  }
}
