import { z } from 'zod'

/** An optional form field: an empty input ("" from a form, null from JSON) counts as not given. */
export const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional())

/** A checkbox: "on" from an HTML form, true from JSON; anything else is unticked. */
export const checkbox = z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean())

// Ids are PostgreSQL integers: anything larger is not on the list (and would be a database error).
const MAX_ID = 2_147_483_647

/** The id of a region, local or campaign picked from a list. */
export const listId = z.coerce
  .number({ error: 'Choose from the list' })
  .int('Choose from the list')
  .positive('Choose from the list')
  .max(MAX_ID, 'Choose from the list')

// No keyboard types these; NUL above all cannot be stored by PostgreSQL. Tabs and line breaks are fine.
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
const CONTROL_CHARACTERS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/

/** A typed text field: trimmed, without control characters. */
export const typedText = (required?: string) =>
  z.string(required ? { error: required } : undefined).trim().regex(CONTROL_CHARACTERS, 'Remove the unusual characters from this field')
