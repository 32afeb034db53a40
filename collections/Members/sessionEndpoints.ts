import type { Endpoint, PayloadRequest } from 'payload'

import { getEnv } from '@/lib/env'
import { ApiError, errorResponse } from '@/lib/http/errors'
import { expiredHintCookie, signOutCookies } from '@/lib/members/sessionCookies'
import { firstNameOf } from '@/lib/members/sessionHint'
import { afterSignOutPath, endSession, isCrossSiteRequest } from '@/lib/members/sessionSignOut'
import { memberUser } from '@/lib/auth/viewer'

/** The fields of a sign-out form: urlencoded from a plain <form>, or JSON from a script. */
async function formFields(req: PayloadRequest): Promise<URLSearchParams> {
  const type = req.headers.get('content-type') ?? ''
  if (type.startsWith('application/x-www-form-urlencoded')) return new URLSearchParams((await req.text?.()) ?? '')
  if (type.startsWith('application/json')) {
    const data: unknown = await req.json?.().catch(() => null)
    const entries = data && typeof data === 'object' ? Object.entries(data).filter((entry): entry is [string, string] => typeof entry[1] === 'string') : []
    return new URLSearchParams(entries)
  }
  return new URLSearchParams()
}

// GET /api/members/session – the signed-in member's first name for the header, never cached; 401 and a
// cleared hint cookie otherwise (a stale hint stops the header from asking again). Never the session list.
const session: Endpoint = {
  path: '/session',
  method: 'get',
  handler: (req) => {
    const member = memberUser(req)
    if (!member) {
      const response = errorResponse(new ApiError('unauthorized', 'You are not signed in.'))
      response.headers.append('set-cookie', expiredHintCookie())
      return response
    }
    return Response.json({ firstName: firstNameOf(member.name) }, { headers: { 'cache-control': 'private, no-store' } })
  },
}

// POST /api/members/sign-out – a plain form, so it works without JavaScript: ends this session (or every
// session of the account with everywhere=1), clears the site's cookies and goes back to `next` (303).
const signOut: Endpoint = {
  path: '/sign-out',
  method: 'post',
  handler: async (req) => {
    try {
      if (isCrossSiteRequest(req.headers, req.payload.config.csrf)) throw new ApiError('forbidden', 'Sign out from the portal itself.')
      const form = await formFields(req)
      await endSession(req, form.get('everywhere') === '1')
      const headers = new Headers({ location: `${getEnv().SERVER_URL}${afterSignOutPath(form.get('next'))}`, 'cache-control': 'no-store' })
      for (const cookie of signOutCookies(req.payload)) headers.append('set-cookie', cookie)
      return new Response(null, { status: 303, headers })
    } catch (error) {
      return errorResponse(error, req.payload.logger)
    }
  },
}

// GET /api/members/sign-out – a link or an image must never sign anyone out; say so (instead of the
// collection's /:id route failing on the word "sign-out").
const signOutByGet: Endpoint = {
  path: '/sign-out',
  method: 'get',
  handler: () => {
    const response = errorResponse(new ApiError('invalid', 'Signing out takes the Sign out button (a POST request).'))
    response.headers.set('allow', 'POST')
    return response
  },
}

export const sessionEndpoints: Endpoint[] = [session, signOut, signOutByGet]
