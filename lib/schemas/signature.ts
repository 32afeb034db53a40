import { z } from 'zod'

import { messageKey } from '@/lib/i18n/messages'

import { checkbox, listId as id, optional, typedText } from './formValues'

/**
 * The signing form. E-mail is normalised to lower case so "A@x.org" and "a@x.org" are one signer.
 * Messages are catalogue keys: the server and the form show them with messageText in the signer's language.
 */
export const signPetitionInput = z.object({
  name: typedText(messageKey('petitions.errorNameRequired'))
    .min(2, messageKey('petitions.errorNameRequired'))
    .max(120, messageKey('petitions.errorNameTooLong')),
  email: z
    .string({ error: messageKey('petitions.errorEmailRequired') })
    .trim()
    .toLowerCase()
    .email(messageKey('petitions.errorEmailInvalid'))
    .max(254, messageKey('petitions.errorEmailTooLong')),
  region: id,
  local: optional(id),
  comment: optional(typedText().max(500, messageKey('petitions.errorCommentTooLong'))),
  consentToContact: checkbox,
})
export type SignPetitionInput = z.infer<typeof signPetitionInput>
