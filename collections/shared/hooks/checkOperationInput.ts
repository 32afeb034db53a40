import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { MAX_PAGE_LIMIT } from '@/lib/graphql/limits'
import { ApiError } from '@/lib/http/errors'
import { staffUser } from '@/lib/auth/viewer'

const NUL = '\u0000'
const NUL_MESSAGE = 'Remove the unusual characters (a NUL byte) from what you sent.'
// Map-point operators: no collection here has a point field, and on other fields Payload's adapter
// throws a TypeError (a 500) instead of refusing them.
const POINT_OPERATORS = new Set(['near', 'within', 'intersects'])

/**
 * The dotted path of the first key or string value that `matches`, looking a bounded way into objects
 * and arrays (deeper than any document or query here nests).
 */
function firstPath(value: unknown, matches: (key: string, value: unknown) => boolean, path = '', depth = 0): string | null {
  if (depth > 32 || value === null || typeof value !== 'object') return null
  for (const [key, inner] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key
    if (matches(key, inner)) return here
    const found = firstPath(inner, matches, here, depth + 1)
    if (found) return found
  }
  return null
}

/** Where a NUL byte stands, in a key or a string value. */
export const nulPath = (value: unknown) => firstPath(value, (key, inner) => key.includes(NUL) || (typeof inner === 'string' && inner.includes(NUL)))

/** Where a where query uses a map-point operator. */
export const pointOperatorPath = (where: unknown) => firstPath(where, (key) => POINT_OPERATORS.has(key))

const field = (path: string) => path.replace(/^(data|where)\./, '')

const PAGE_MESSAGE = `limit must be a whole number from 1 to ${MAX_PAGE_LIMIT}; ask for the next page with page=2, 3, …`

/**
 * REST lists for visitors and members come in pages of at most MAX_PAGE_LIMIT, like GraphQL's: Payload
 * has no maximum, and `limit=0` would return every document at once. Only the list the URL asks for is
 * checked (hooks of that request read with their own limits); staff are exempt (the admin asks for
 * everything when it deletes or schedules many).
 */
function checkPageSize(req: PayloadRequest, collection: string) {
  if (req.payloadAPI !== 'REST' || req.method !== 'GET' || !req.pathname.endsWith(`/${collection}`) || staffUser(req)) return
  const { limit, pagination } = (req.query ?? {}) as { limit?: unknown; pagination?: unknown }
  const size = limit === undefined ? undefined : Number(limit)
  if (pagination === 'false' || pagination === false || (size !== undefined && (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_LIMIT))) {
    throw new ApiError('invalid', PAGE_MESSAGE, { fields: { limit: PAGE_MESSAGE } })
  }
}

// Refused before any query, as a 400 naming the field: PostgreSQL cannot store or compare a NUL
// byte, and a refused value must not reach a log line with the SQL.
export const checkOperationInput: CollectionBeforeOperationHook = ({ args, operation, req, collection }) => {
  if (operation === 'read') checkPageSize(req, collection.slug)
  const { where, data, id, sort } = args as { where?: unknown; data?: unknown; id?: unknown; sort?: unknown }
  const nul = nulPath({ where, data, id, sort })
  if (nul) throw new ApiError('invalid', NUL_MESSAGE, { fields: { [field(nul)]: NUL_MESSAGE } })
  const point = pointOperatorPath(where)
  if (point) {
    const operator = point.split('.').pop()
    throw new ApiError('invalid', `"${operator}" works only on map points, and nothing here is one.`, { fields: { [field(`where.${point}`)]: 'Not a map point' } })
  }
  return args
}

/** A global's beforeValidate hook; `data` is whatever the client sent, returned unchanged when clean. */
export const rejectNulInGlobal = ({ data }: { data?: unknown }): unknown => {
  const nul = nulPath(data)
  if (nul) throw new ApiError('invalid', NUL_MESSAGE, { fields: { [nul]: NUL_MESSAGE } })
  return data
}
