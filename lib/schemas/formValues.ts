import { z } from 'zod'

/** An optional form field: an empty input ("" from a form, null from JSON) counts as not given. */
export const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional())

/** A checkbox: "on" from an HTML form, true from JSON; anything else is unticked. */
export const checkbox = z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean())

/** The id of a region, local or campaign picked from a list. */
export const listId = z.coerce.number({ error: 'Choose from the list' }).int('Choose from the list').positive('Choose from the list')
