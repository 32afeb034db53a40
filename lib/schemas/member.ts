import { z } from 'zod'

import { LANGUAGES } from '@/lib/i18n/languages'

import { listId as id, optional, typedText } from './formValues'

const email = z.string({ error: 'Enter your e-mail address' }).trim().toLowerCase().email('Enter a valid e-mail address').max(254)

export const memberPassword = z
  .string({ error: 'Choose a password' })
  .min(10, 'Use at least 10 characters')
  .max(200, 'Use at most 200 characters')
  .refine((value) => !value.includes('\u0000'), 'Remove the unusual characters from this field')

export const signUpInput = z.object({
  name: typedText('Enter your name').min(2, 'Enter your name').max(120, 'Use at most 120 characters'),
  email,
  password: memberPassword,
  local: optional(id),
  region: id,
  worksite: optional(typedText().max(160, 'Use at most 160 characters')),
  preferredLanguage: z.enum(['en', 'es']).optional(),
})
export type SignUpInput = z.infer<typeof signUpInput>

// `next`: where to return after signing in; checked again (safeNextPath) before anyone is sent there.
export const magicLinkRequest = z.object({ email, next: typedText().max(512).optional() })

export const magicLinkToken = z.string({ error: 'This sign-in link is malformed' }).regex(/^[A-Za-z0-9_-]{43}$/, 'This sign-in link is malformed')

/** The header's language switch, for a signed-in member (POST /api/members/language). */
export const languagePreference = z.object({ language: z.enum(LANGUAGES, { error: 'Choose "en" (English) or "es" (Spanish)' }) })

/** Field name → first message, for showing next to each form field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.join('.') || 'form'
    errors[key] ??= issue.message
  }
  return errors
}
