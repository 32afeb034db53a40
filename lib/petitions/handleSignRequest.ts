import config from '@payload-config'
import { getPayload } from 'payload'

import { memberFromHeaders } from '@/lib/members/memberFromHeaders'
import { clientIp } from '@/lib/rateLimit/clientIp'

import { PetitionError } from './errors'
import { BodyTooLargeError, readLimitedBody } from './readLimitedBody'
import { signPetition } from './signPetition'

const MAX_BODY_BYTES = 16 * 1024

/** POST /api/petitions/<slug>/sign: JSON or form body → 201 signed, 200 already signed, or a readable 4xx/5xx. */
export async function handleSignRequest(request: Request, slug: string): Promise<Response> {
  let body: unknown
  try {
    body = await readLimitedBody(request, MAX_BODY_BYTES)
  } catch (error) {
    if (error instanceof BodyTooLargeError) return Response.json({ error: 'That submission is too large.' }, { status: 413 })
    throw error
  }
  try {
    const payload = await getPayload({ config })
    const member = await memberFromHeaders(payload, request.headers)
    const result = await signPetition(payload, slug, body, { member, ip: clientIp(request) })
    return Response.json(result, { status: result.alreadySigned ? 200 : 201, headers: { 'cache-control': 'no-store' } })
  } catch (error) {
    if (error instanceof PetitionError) {
      return Response.json({ error: error.message, code: error.code, fields: error.fields }, { status: error.status })
    }
    // Payload could not even start (database down at boot): still an answer a person can act on.
    return Response.json({ error: 'We could not save your signature just now. Please try again in a minute.', code: 'unavailable' }, { status: 503 })
  }
}
