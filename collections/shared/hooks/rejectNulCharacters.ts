import type { CollectionBeforeOperationHook, GlobalBeforeValidateHook } from 'payload'

import { ApiError } from '@/lib/http/errors'

const NUL = '\u0000'
const MESSAGE = 'Remove the unusual characters (a NUL byte) from what you sent.'

/** The first path at which a string holds a NUL byte, looking a bounded way into objects and arrays. */
export function nulPath(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path || 'value' : null
  if (depth > 32 || value === null || typeof value !== 'object') return null
  for (const [key, inner] of Object.entries(value)) {
    if (key.includes(NUL)) return path ? `${path}.${key}` : key
    const found = nulPath(inner, path ? `${path}.${key}` : key, depth + 1)
    if (found) return found
  }
  return null
}

// PostgreSQL cannot store or compare a NUL byte: refused before any query, as a 400 that names the
// field, and before the value can reach a log line with the SQL.
export const rejectNulInOperation: CollectionBeforeOperationHook = ({ args }) => {
  const { where, data, id, sort } = args as { where?: unknown; data?: unknown; id?: unknown; sort?: unknown }
  const found = nulPath({ where, data, id, sort })
  if (found) throw new ApiError('invalid', MESSAGE, { fields: { [found.replace(/^(data|where)\./, '')]: MESSAGE } })
  return args
}

export const rejectNulInGlobal: GlobalBeforeValidateHook = ({ data }) => {
  const found = nulPath(data)
  if (found) throw new ApiError('invalid', MESSAGE, { fields: { [found]: MESSAGE } })
  return data
}
