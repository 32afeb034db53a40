import { z } from 'zod'

import { toLang, type Lang } from '@/lib/i18n/languages'
import { messageKey } from '@/lib/i18n/messages'

// Messages are catalogue keys (lib/i18n/messages), shown with messageText in the reader's language.

/** An optional form field: an empty input ("" from a form, null from JSON) counts as not given. */
export const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional())

/** A checkbox: "on" from an HTML form, true from JSON; anything else is unticked. */
export const checkbox = z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean())

// Ids are PostgreSQL integers: anything larger is not on the list (and would be a database error).
const MAX_ID = 2_147_483_647

/** The id of a region, local or campaign picked from a list. */
export const listId = z.coerce
  .number({ error: messageKey('errors.formChooseFromList') })
  .int(messageKey('errors.formChooseFromList'))
  .positive(messageKey('errors.formChooseFromList'))
  .max(MAX_ID, messageKey('errors.formChooseFromList'))

// No keyboard types these; NUL above all cannot be stored by PostgreSQL. Tabs and line breaks are fine.
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
const CONTROL_CHARACTERS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/

/** A typed text field: trimmed, without control characters. */
export const typedText = (required?: string) =>
  z.string(required ? { error: required } : undefined).trim().regex(CONTROL_CHARACTERS, messageKey('errors.formUnusualCharacters'))

/** The language a form was filled in: its `lang` field (a form's hidden input or a JSON body's), else English. */
export function formLang(raw: unknown): Lang {
  return toLang(raw && typeof raw === 'object' ? (raw as { lang?: unknown }).lang : undefined)
}
