import { z } from 'zod'

import { LANGUAGES, type Lang } from '@/lib/i18n/languages'
import { messageKey, messageText } from '@/lib/i18n/messages'

import { checkbox, listId as id, optional, typedText } from './formValues'

// Messages are catalogue keys (lib/i18n/messages): fieldErrors turns them into text in the reader's language.

const email = z
  .string({ error: messageKey('members.errorEmailRequired') })
  .trim()
  .toLowerCase()
  .email(messageKey('members.errorEmailInvalid'))
  .max(254, messageKey('members.errorEmailTooLong'))

export const memberPassword = z
  .string({ error: messageKey('members.errorPasswordRequired') })
  .min(10, messageKey('members.errorPasswordTooShort'))
  .max(200, messageKey('members.errorPasswordTooLong'))
  .refine((value) => !value.includes('\u0000'), messageKey('errors.formUnusualCharacters'))

export const signUpInput = z.object({
  name: typedText(messageKey('members.errorNameRequired')).min(2, messageKey('members.errorNameRequired')).max(120, messageKey('members.errorNameTooLong')),
  email,
  password: memberPassword,
  local: optional(id),
  region: id,
  worksite: optional(typedText().max(160, messageKey('members.errorWorksiteTooLong'))),
  // The language of the page they signed up on: their pages and e-mails from then on.
  preferredLanguage: optional(z.enum(LANGUAGES)),
  // The form's three boxes (lib/email/delivery/states EMAIL_LISTS): an unticked box is "no". Left out
  // altogether (a client without the boxes), the member gets the collection's defaults, all on, as the form shows them.
  emailPreferences: optional(z.object({ bargaining: checkbox, actions: checkbox, digest: checkbox })),
})
export type SignUpInput = z.infer<typeof signUpInput>

// `next`: where to return after signing in; checked again (safeNextPath) before anyone is sent there.
export const magicLinkRequest = z.object({ email, next: typedText().max(512).optional() })

export const magicLinkToken = z
  .string({ error: messageKey('members.errorLinkMalformed') })
  .regex(/^[A-Za-z0-9_-]{43}$/, messageKey('members.errorLinkMalformed'))

/** The header's language switch, for a signed-in member (POST /api/members/language). */
export const languagePreference = z.object({ language: z.enum(LANGUAGES, { error: 'Choose "en" (English) or "es" (Spanish)' }) })

/**
 * Field name → first message, for showing next to each form field: in `lang` when given, else as the
 * schema says it (a catalogue key, for a caller that words it itself).
 */
export function fieldErrors(error: z.ZodError, lang?: Lang): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.join('.') || 'form'
    errors[key] ??= lang ? messageText(lang, issue.message) : issue.message
  }
  return errors
}
