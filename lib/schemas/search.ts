import { z } from 'zod'

import { SEARCHABLE } from '@/collections/Search/searchPlugin'
import { messageKey } from '@/lib/i18n/messages'

import { typedText } from './formValues'

const one = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value)
const blankToUndefined = (value: unknown): unknown => (one(value) === '' ? undefined : one(value))

/** /search?q=…&type=…&region=…&page=… — lenient: junk in optional filters is dropped, not an error. Messages are catalogue keys. */
export const searchQuery = z.object({
  q: z.preprocess(one, typedText().max(100, messageKey('search.errorTooLong')).default('')),
  type: z.preprocess(blankToUndefined, z.enum(SEARCHABLE).optional().catch(undefined)),
  region: z.preprocess(blankToUndefined, z.string().regex(/^[a-z][a-z0-9-]{1,15}$/).optional().catch(undefined)),
  page: z.preprocess(one, z.coerce.number().int().min(1).max(500).catch(1).default(1)),
})

export type SearchQuery = z.infer<typeof searchQuery>
