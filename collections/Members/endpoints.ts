import type { Endpoint, PayloadRequest } from 'payload'

import { getEnv } from '@/lib/env'
import { redeemMagicLink } from '@/lib/members/redeemMagicLink'
import { memberRegionCookie } from '@/lib/members/memberRegionCookie'
import { safeNextPath } from '@/lib/members/nextPath'
import { signedInHintCookie } from '@/lib/members/sessionCookies'
import { requestMagicLink } from '@/lib/members/requestMagicLink'
import { signUpMember } from '@/lib/members/signUpMember'
import { ApiError, errorResponse } from '@/lib/http/errors'
import { clientIp } from '@/lib/rateLimit/clientIp'
import { consumeRateLimit } from '@/lib/rateLimit/consume'
import { fieldErrors, magicLinkRequest, magicLinkToken, signUpInput } from '@/lib/schemas/member'

async function body(req: PayloadRequest): Promise<unknown> {
  return req.json ? req.json().catch(() => null) : null
}

function redirect(path: string, cookies: Array<string | null> = []): Response {
  const headers = new Headers({ location: `${getEnv().SERVER_URL}${path}` })
  for (const cookie of cookies) if (cookie) headers.append('set-cookie', cookie)
  return new Response(null, { status: 303, headers })
}

/** Every refusal as { error, code, fields? } (429s with Retry-After); nothing unexpected leaks. */
async function answer(req: PayloadRequest, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run()
  } catch (error) {
    return errorResponse(error, req.payload.logger)
  }
}

const invalid = (error: Parameters<typeof fieldErrors>[0]) => new ApiError('invalid', 'Please correct the marked fields.', { fields: fieldErrors(error) })

// POST /api/members/signup – the only way to create a member: validated, rate-limited, whitelisted fields.
const signUp: Endpoint = {
  path: '/signup',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      const parsed = signUpInput.safeParse(await body(req))
      if (!parsed.success) throw invalid(parsed.error)
      await consumeRateLimit(req.payload, 'signup', { ip: clientIp(req), account: parsed.data.email })
      return Response.json(await signUpMember(req.payload, parsed.data), { status: 201 })
    }),
}

// GET /api/members/confirm?token= – the link in the sign-up e-mail.
const confirm: Endpoint = {
  path: '/confirm',
  method: 'get',
  handler: async (req) => {
    const token = req.searchParams.get('token') ?? ''
    try {
      await req.payload.verifyEmail({ collection: 'members', token })
      return redirect('/signin?confirmed=1')
    } catch {
      return redirect('/signin?confirmed=0')
    }
  },
}

// POST /api/members/magic-link – e-mails a single-use sign-in link; same answer whether or not the address is known.
const requestLink: Endpoint = {
  path: '/magic-link',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      const parsed = magicLinkRequest.safeParse(await body(req))
      if (!parsed.success) throw invalid(parsed.error)
      await consumeRateLimit(req.payload, 'magicLink', { ip: clientIp(req), account: parsed.data.email })
      return Response.json(await requestMagicLink(req.payload, parsed.data.email, parsed.data.next))
    }),
}

// GET /api/members/magic-link/verify?token=&next= – signs the member in (session cookie) and goes back
// to the page they came from (a path on this site only), else /account.
const verifyLink: Endpoint = {
  path: '/magic-link/verify',
  method: 'get',
  handler: async (req) => {
    const token = magicLinkToken.safeParse(req.searchParams.get('token'))
    const signedIn = token.success ? await redeemMagicLink(req.payload, req, token.data) : null
    if (!signedIn) return redirect('/signin?link=expired')
    // The session, the header's hint, and the member's own region for the home page and /news.
    return redirect(safeNextPath(req.searchParams.get('next')), [signedIn.cookie, signedInHintCookie(req.payload), await memberRegionCookie(req.payload, signedIn.member.region)])
  },
}

export const memberEndpoints: Endpoint[] = [signUp, confirm, requestLink, verifyLink]
