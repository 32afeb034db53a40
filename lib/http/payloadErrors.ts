import { type AfterErrorHook, LockedAuth, type SanitizedCollectionConfig } from 'payload'

import { rateLimited } from '@/lib/rateLimit/consume'

import { ApiError, badValue, type ErrorCode, isApiError } from './errors'

/**
 * Payload's lock after too many failed passwords: answered exactly like our own per-account limit
 * (same sentence, 429, Retry-After), so the answer does not tell whether the account exists.
 */
function lockedAccount(error: unknown, collection: SanitizedCollectionConfig | undefined): ApiError | null {
  if (!(error instanceof LockedAuth)) return null
  return rateLimited(Math.ceil((collection?.auth?.lockTime ?? 600_000) / 1000))
}

/**
 * Payload's REST and GraphQL answers for what the client got wrong: our own refusals keep their
 * status, code and Retry-After; a value the database refuses (not a number, out of range, not a
 * valid option) is a 400, not "Something went wrong" with a 500.
 */
export const answerClientErrors: AfterErrorHook = ({ error, req, graphqlResult, collection, result }) => {
  const original = (error as { originalError?: unknown }).originalError ?? error
  const refusal = isApiError(original) ? original : (lockedAccount(original, collection) ?? badValue(original))
  if (!refusal) return withCode(original, result)
  if (refusal.status === 429) {
    req.responseHeaders ??= new Headers()
    req.responseHeaders.set('retry-after', String(Math.max(1, Math.ceil(refusal.retryAfterSeconds ?? 60))))
  }
  if (graphqlResult) {
    return { graphqlResult: { ...graphqlResult, message: refusal.message, extensions: { ...graphqlResult.extensions, statusCode: refusal.status, code: refusal.code } } }
  }
  // Payload's clients (the admin) read errors[0].message; ours read error and code: both are here.
  return {
    status: refusal.status,
    response: { errors: [{ message: refusal.message }], error: refusal.message, code: refusal.code, ...(refusal.fields ? { fields: refusal.fields } : {}) },
  }
}

const CODE_OF_STATUS = new Map<number, ErrorCode>([
  [400, 'invalid'],
  [401, 'unauthorized'],
  [403, 'forbidden'],
  [404, 'not-found'],
  [413, 'too-large'],
  [415, 'unsupported'],
  [429, 'rate-limited'],
])

/** Payload's own 4xx answers (not found, forbidden, …) get the same `error` and `code` as ours. */
function withCode(error: unknown, result: Parameters<AfterErrorHook>[0]['result']) {
  const status = (error as { status?: number } | null)?.status
  const code = status ? CODE_OF_STATUS.get(status) : undefined
  const message = result?.errors?.[0]?.message
  if (!result || !code || !message) return
  return { response: { ...result, error: message, code } }
}
