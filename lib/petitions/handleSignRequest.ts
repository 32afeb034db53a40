import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { viewerFromHeaders } from '@/lib/auth/viewer'
import { errorResponse } from '@/lib/http/errors'
import { readLimitedBody } from '@/lib/http/readLimitedBody'
import { clientIp } from '@/lib/rateLimit/clientIp'

import { signPetition, SIGN_UNAVAILABLE } from './signPetition'

const MAX_BODY_BYTES = 16 * 1024

/** POST /api/petitions/<slug>/sign: JSON or form body → 201 signed, 200 already signed, or { error, code, fields? }. */
export async function handleSignRequest(request: Request, slug: string): Promise<Response> {
  let payload: Payload | undefined
  try {
    const body = await readLimitedBody(request, MAX_BODY_BYTES)
    payload = await getPayload({ config })
    const viewer = await viewerFromHeaders(request.headers)
    const member = viewer.kind === 'member' ? viewer.member : null
    const result = await signPetition(payload, slug, body, { member, ip: clientIp(request) })
    return Response.json(result, { status: result.alreadySigned ? 200 : 201, headers: { 'cache-control': 'no-store' } })
  } catch (error) {
    // Also when Payload could not even start (database down at boot): still an answer a person can act on.
    return errorResponse(error, payload?.logger, SIGN_UNAVAILABLE)
  }
}
