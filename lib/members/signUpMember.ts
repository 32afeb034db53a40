import type { Payload } from 'payload'

import type { SignUpInput } from '@/lib/schemas/member'

import { requestMagicLink } from './requestMagicLink'

export const SIGN_UP_MESSAGE = 'Thanks! Check your e-mail for a link to confirm your address.'

/**
 * Creates an unverified member (Payload e-mails the confirmation link, in the member's language). An address that already has an
 * account gets a sign-in link instead, and the answer is the same either way, so the form cannot be
 * used to find out who is a member.
 */
export async function signUpMember(payload: Payload, input: SignUpInput): Promise<{ message: string }> {
  const existing = await payload.count({ collection: 'members', where: { email: { equals: input.email } }, overrideAccess: true })
  if (existing.totalDocs > 0) {
    await requestMagicLink(payload, input.email)
    return { message: SIGN_UP_MESSAGE }
  }
  await payload.create({
    collection: 'members',
    overrideAccess: true,
    data: {
      name: input.name,
      email: input.email,
      password: input.password,
      local: input.local ?? null,
      region: input.region,
      worksite: input.worksite ?? null,
      // The language the form was filled in (or chosen on it): pages and every e-mail follow it.
      preferredLanguage: input.preferredLanguage ?? 'en',
      // What the sign-up form's boxes said; without them, the collection's defaults.
      emailPreferences: input.emailPreferences,
    },
  })
  return { message: SIGN_UP_MESSAGE }
}
