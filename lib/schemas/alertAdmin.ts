import { z } from 'zod'

import { ALERT_COLLECTIONS } from '@/lib/email/delivery/states'
import { LANGUAGES } from '@/lib/i18n/languages'

// The admin's alert endpoints (collections/shared/endpoints/alertEndpoints.ts): /api/<collection>/:id/alert…

/**
 * Route params: the collection Payload matched and the item's id, digits only (no "1e3", " 7" or "0x1f"),
 * within PostgreSQL's integer range: anything larger is no row of ours.
 */
export const alertItemParams = z.object({
  collection: z.enum(ALERT_COLLECTIONS),
  id: z
    .string()
    .regex(/^[1-9][0-9]{0,9}$/, 'must be the item’s id, a positive whole number')
    .transform(Number)
    .pipe(z.number().max(2_147_483_647, 'must be the item’s id, a positive whole number')),
})

/** ?lang= of the preview and the test send: the members' language to render in, English when left out. */
export const alertLangQuery = z.object({
  lang: z.enum(LANGUAGES, { error: 'must be en (English) or es (Spanish)' }).default('en'),
})
