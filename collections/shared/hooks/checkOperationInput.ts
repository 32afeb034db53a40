import type { CollectionBeforeOperationHook, GlobalBeforeValidateHook } from 'payload'

import { ApiError } from '@/lib/http/errors'

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

// Refused before any query, as a 400 naming the field: PostgreSQL cannot store or compare a NUL
// byte, and a refused value must not reach a log line with the SQL.
export const checkOperationInput: CollectionBeforeOperationHook = ({ args }) => {
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
