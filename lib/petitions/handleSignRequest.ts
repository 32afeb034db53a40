import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { viewerFromHeaders } from '@/lib/auth/viewer'
import { ApiError, errorResponse, isApiError } from '@/lib/http/errors'
import { readLimitedBody } from '@/lib/http/readLimitedBody'
import { DEFAULT_LANG, isLang, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { clientIp } from '@/lib/rateLimit/clientIp'

import { signPetition } from './signPetition'

const MAX_BODY_BYTES = 16 * 1024

/** The language the request names: `?lang=`, else the form's `lang` field (the page signed on); null when neither does. */
function requestedLang(request: Request, body?: unknown): Lang | null {
  const query = new URL(request.url).searchParams.get('lang')
  if (isLang(query)) return query
  const field = body && typeof body === 'object' && 'lang' in body ? body.lang : null
  return isLang(field) ? field : null
}

/** The signer's language: the one the request names; English otherwise. */
export function signerLang(request: Request, body?: unknown): Lang {
  return requestedLang(request, body) ?? DEFAULT_LANG
}

/** Refusals raised by shared code (body size, rate limit) reworded in the signer's language. */
function inLanguage(error: unknown, lang: Lang): unknown {
  if (!isApiError(error)) return error
  const t = messages(lang)
  if (error.code === 'too-large') return new ApiError('too-large', t.petitions.tooLarge)
  if (error.code === 'rate-limited') {
    const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60))
    return new ApiError('rate-limited', t.petitions.rateLimited(minutes), { retryAfterSeconds: error.retryAfterSeconds })
  }
  return error
}

/**
 * POST /api/petitions/<slug>/sign: JSON or form body → 201 signed, 200 already signed, or { error, code, fields? },
 * every message and the e-mailed receipt in the signer's language (see signerLang; a signed-in member's own
 * language when the request names none).
 */
export async function handleSignRequest(request: Request, slug: string): Promise<Response> {
  let payload: Payload | undefined
  let lang = signerLang(request)
  try {
    const body = await readLimitedBody(request, MAX_BODY_BYTES)
    lang = signerLang(request, body)
    payload = await getPayload({ config })
    const viewer = await viewerFromHeaders(request.headers)
    const member = viewer.kind === 'member' ? viewer.member : null
    // A member signing from somewhere that names no language (a script, an old form) gets their own.
    lang = requestedLang(request, body) ?? member?.preferredLanguage ?? DEFAULT_LANG
    const result = await signPetition(payload, slug, body, { member, ip: clientIp(request), lang })
    return Response.json(result, { status: result.alreadySigned ? 200 : 201, headers: { 'cache-control': 'no-store' } })
  } catch (error) {
    // Also when Payload could not even start (database down at boot): still an answer a person can act on.
    return errorResponse(inLanguage(error, lang), payload?.logger, messages(lang).petitions.unavailable)
  }
}
