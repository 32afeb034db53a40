import type { CollectionBeforeOperationHook, GlobalBeforeValidateHook, PayloadRequest } from 'payload'

import { MAX_PAGE_LIMIT } from '@/lib/graphql/limits'
import { ApiError } from '@/lib/http/errors'

import { staffUser } from '../access/roles'

const NUL = '\u0000'
const NUL_MESSAGE = 'Remove the unusual characters (a NUL byte) from what you sent.'
// Map-point operators: no collection here has a point field, and on other fields Payload's adapter
// throws a TypeError (a 500) instead of refusing them.
const POINT_OPERATORS = new Set(['near', 'within', 'intersects'])

/** The first path at which a string holds a NUL byte, looking a bounded way into objects and arrays. */
export function nulPath(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path || 'value' : null
  if (depth > 32 || value === null || typeof value !== 'object') return null
  for (const [key, inner] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key
    if (key.includes(NUL)) return here
    const found = nulPath(inner, here, depth + 1)
    if (found) return found
  }
  return null
}

/** The first map-point operator anywhere in a where query. */
export function pointOperatorPath(where: unknown, path = '', depth = 0): string | null {
  if (depth > 32 || where === null || typeof where !== 'object') return null
  for (const [key, inner] of Object.entries(where)) {
    const here = path ? `${path}.${key}` : key
    if (POINT_OPERATORS.has(key)) return here
    const found = pointOperatorPath(inner, here, depth + 1)
    if (found) return found
  }
  return null
}

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

export const rejectNulInGlobal: GlobalBeforeValidateHook = ({ data }) => {
  const nul = nulPath(data)
  if (nul) throw new ApiError('invalid', NUL_MESSAGE, { fields: { [nul]: NUL_MESSAGE } })
  return data
}
