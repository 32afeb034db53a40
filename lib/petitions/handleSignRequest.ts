import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { errorResponse } from '@/lib/http/errors'
import { readLimitedBody } from '@/lib/http/readLimitedBody'
import { memberFromHeaders } from '@/lib/members/memberFromHeaders'
import { clientIp } from '@/lib/rateLimit/clientIp'

import { signPetition, SIGN_UNAVAILABLE } from './signPetition'

const MAX_BODY_BYTES = 16 * 1024

/**
 * Whether the request carries anything Payload's JWT strategy reads (its session cookie or an
 * Authorization header). Most signers are visitors: they skip payload.auth, which also works out
 * every collection's permissions, at about a tenth of a signature's CPU.
 */
function carriesSession(headers: Headers, payload: Payload): boolean {
  const token = `${payload.config.cookiePrefix}-token=`
  return headers.has('authorization') || (headers.get('cookie') ?? '').split(';').some((part) => part.trim().startsWith(token))
}

/** POST /api/petitions/<slug>/sign: JSON or form body → 201 signed, 200 already signed, or { error, code, fields? }. */
export async function handleSignRequest(request: Request, slug: string): Promise<Response> {
  let payload: Payload | undefined
  try {
    const body = await readLimitedBody(request, MAX_BODY_BYTES)
    payload = await getPayload({ config })
    const member = carriesSession(request.headers, payload) ? await memberFromHeaders(payload, request.headers) : null
    const result = await signPetition(payload, slug, body, { member, ip: clientIp(request) })
    return Response.json(result, { status: result.alreadySigned ? 200 : 201, headers: { 'cache-control': 'no-store' } })
  } catch (error) {
    // Also when Payload could not even start (database down at boot): still an answer a person can act on.
    return errorResponse(error, payload?.logger, SIGN_UNAVAILABLE)
  }
}
