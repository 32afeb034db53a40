import type { Endpoint } from 'payload'

import { unsubscribe, memberOfEmailLink, saveEmailChoices } from '@/lib/email/links/emailChoices'
import { getEnv } from '@/lib/env'
import { ApiError, answer } from '@/lib/http/errors'
import { localizedPath, toLang } from '@/lib/i18n/languages'
import { emailPreferencesUpdate, unsubscribeRequest } from '@/lib/schemas/emailChoices'

// The links in alerts and digests (lib/email/content/links.ts): they work without signing in, on the
// strength of the signed token they carry (lib/email/links/emailToken.ts).


const noStore = { 'cache-control': 'no-store' }

// POST /api/members/unsubscribe?t=… — RFC 8058 one-click: mail providers POST the form body
// `List-Unsubscribe=One-Click`, with no cookies; the site's own page POSTs JSON { token }.
const oneClick: Endpoint = {
  path: '/unsubscribe',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      const type = req.headers.get('content-type') ?? ''
      let token: unknown = req.searchParams.get('t')
      if (type.includes('application/json')) {
        const parsed = unsubscribeRequest.safeParse(await req.json?.().catch(() => null))
        if (!parsed.success) throw new ApiError('invalid', 'Send { "token": "…" } from the unsubscribe link.')
        token = parsed.data.token
      }
      const result = await unsubscribe(req.payload, token)
      return Response.json(result, { headers: noStore })
    }),
}

// GET /api/members/unsubscribe?t=… — someone opened the header's address in a browser: never an
// unsubscribe on a GET (link scanners fetch every link), but the page with its one button.
const oneClickPage: Endpoint = {
  path: '/unsubscribe',
  method: 'get',
  handler: (req) =>
    answer(req, () => {
      const token = req.searchParams.get('t') ?? ''
      const lang = toLang(req.searchParams.get('lang'))
      const location = `${getEnv().SERVER_URL}${localizedPath(lang, '/email/unsubscribe')}?t=${encodeURIComponent(token)}`
      return Promise.resolve(new Response(null, { status: 303, headers: { location, ...noStore } }))
    }),
}

// GET /api/members/email-preferences?t=… — what the preferences page shows.
const readChoices: Endpoint = {
  path: '/email-preferences',
  method: 'get',
  handler: (req) =>
    answer(req, async () => {
      const { lang, preferences, scope } = await memberOfEmailLink(req.payload, req.searchParams.get('t'))
      return Response.json({ lang, preferences, scope }, { headers: noStore })
    }),
}

// POST /api/members/email-preferences — { token, preferences: { bargaining, actions, digest } }.
const saveChoices: Endpoint = {
  path: '/email-preferences',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      const parsed = emailPreferencesUpdate.safeParse(await req.json?.().catch(() => null))
      if (!parsed.success) throw new ApiError('invalid', 'Send { "token": "…", "preferences": { "bargaining", "actions", "digest": true or false } }.')
      const { memberId } = await memberOfEmailLink(req.payload, parsed.data.token)
      const preferences = await saveEmailChoices(req.payload, memberId, parsed.data.preferences)
      return Response.json({ preferences }, { headers: noStore })
    }),
}

export const emailEndpoints: Endpoint[] = [oneClick, oneClickPage, readChoices, saveChoices]
