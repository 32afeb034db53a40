import { RateLimitError } from './consume'

/** 429 with a sentence a person can act on and the standard Retry-After header. */
export function tooManyRequests(error: RateLimitError): Response {
  return Response.json(
    { error: error.message },
    { status: 429, headers: { 'retry-after': String(Math.max(1, Math.ceil(error.retryAfterSeconds))) } },
  )
}
