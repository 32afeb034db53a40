import { z } from 'zod'

import { checkbox, listId as id, optional, typedText } from './formValues'

/** The signing form. E-mail is normalised to lower case so "A@x.org" and "a@x.org" are one signer. */
export const signPetitionInput = z.object({
  name: typedText('Enter your name').min(2, 'Enter your name').max(120, 'Use at most 120 characters'),
  email: z.string({ error: 'Enter your e-mail address' }).trim().toLowerCase().email('Enter a valid e-mail address').max(254),
  region: id,
  local: optional(id),
  comment: optional(typedText().max(500, 'Keep your comment under 500 characters')),
  consentToContact: checkbox,
})
export type SignPetitionInput = z.infer<typeof signPetitionInput>
