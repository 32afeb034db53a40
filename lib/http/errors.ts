import { APIError } from 'payload'

import { pgErrorOf } from '@/lib/db/pgError'

// Every JSON error the site's own endpoints send has one shape: { error, code, fields? }, and every
// 429 carries Retry-After. Handlers throw ApiError (or return errorResponse) instead of building
// responses by hand; Payload's own endpoints get the same status and Retry-After through the
// afterError hook in lib/http/payloadErrors.ts.

export const ERROR_STATUS = {
  invalid: 400,
  'too-complex': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  closed: 409,
  conflict: 409,
  expired: 410,
  'too-large': 413,
  unsupported: 415,
  'rate-limited': 429,
  unavailable: 503,
} as const

export type ErrorCode = keyof typeof ERROR_STATUS
export type ErrorBody = { error: string; code: ErrorCode; fields?: Record<string, string> }

/** A refusal a person can act on: a code for programs, a sentence for people, messages per form field. */
export class ApiError extends APIError {
  readonly code: ErrorCode
  readonly fields?: Record<string, string>
  readonly retryAfterSeconds?: number

  constructor(code: ErrorCode, message: string, options: { fields?: Record<string, string>; retryAfterSeconds?: number } = {}) {
    // isPublic: Payload shows the message instead of "Something went wrong".
    super(message, ERROR_STATUS[code], undefined, true)
    // Explicit: Payload's loggingLevels match on the name, and a minified build may rename the class.
    this.name = 'ApiError'
    this.code = code
    this.fields = options.fields
    this.retryAfterSeconds = options.retryAfterSeconds
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

export function errorBody(error: ApiError): ErrorBody {
  return { error: error.message, code: error.code, ...(error.fields ? { fields: error.fields } : {}) }
}

/** Headers an error answer needs: Retry-After on every 429, and never a cached copy. */
export function errorHeaders(error: ApiError): Headers {
  const headers = new Headers({ 'cache-control': 'no-store' })
  if (error.status === 429) headers.set('retry-after', String(Math.max(1, Math.ceil(error.retryAfterSeconds ?? 60))))
  return headers
}

const UNAVAILABLE = 'We could not do that just now. Please try again in a minute.'

/**
 * The response for anything a handler threw. Unexpected errors are logged without their data
 * (describeError: a failed query's text carries its parameters, e.g. a signer's e-mail) and answer 503.
 */
export function errorResponse(error: unknown, log?: { error: (entry: object) => void }, unavailable = UNAVAILABLE): Response {
  const known = isApiError(error) ? error : badValue(error)
  if (!known) log?.error({ msg: 'request failed', error: describeError(error) })
  const answer = known ?? new ApiError('unavailable', unavailable)
  return Response.json(errorBody(answer), { status: answer.status, headers: errorHeaders(answer) })
}

/** A Payload endpoint's answer: what `run` returns, or any refusal it threw as { error, code, fields? } (429s with Retry-After); nothing unexpected leaks. */
export async function answer(req: { payload: { logger: { error: (entry: object) => void } } }, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run()
  } catch (error) {
    return errorResponse(error, req.payload.logger)
  }
}

/**
 * What is safe to log about an unexpected error: its kind and database code, and its message unless
 * it is a failed query's (whose text carries the SQL and its parameters).
 */
export function describeError(error: unknown): { name: string; code?: string; message?: string } {
  const err = error as { name?: string; code?: string; message?: string; cause?: { code?: string } } | null
  const code = err?.code ?? err?.cause?.code
  const message = typeof err?.message === 'string' && !/failed query|params:/i.test(err.message) && !pgErrorOf(error) ? err.message : undefined
  return { name: err?.name ?? typeof error, code, ...(message ? { message } : {}) }
}

// PostgreSQL refusing a value (not on the list, out of range, malformed, a NUL byte): the client's
// input was wrong, the transaction rolled back, so a 400 and not "try again".
const BAD_VALUE_CODES = new Set(['23503', '22P02', '22003', '22007', '22008', '22021', '22023', '22001', '2201W', '2201X'])

/** A database refusal of the client's value as a 400, or null for anything else. */
export function badValue(error: unknown): ApiError | null {
  const code = pgErrorOf(error)?.code
  return code && BAD_VALUE_CODES.has(code) ? new ApiError('invalid', 'One of the values sent is not valid. Please check the form and try again.') : null
}
