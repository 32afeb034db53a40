import type { Endpoint, PayloadRequest } from 'payload'

import { getEnv } from '@/lib/env'
import { localizedPath, toLang, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { memberUser } from '@/lib/auth/viewer'
import { redeemMagicLink } from '@/lib/members/redeemMagicLink'
import { memberLanguageCookie } from '@/lib/members/memberLanguageCookie'
import { memberRegionCookie } from '@/lib/members/memberRegionCookie'
import { safeNextPath } from '@/lib/members/nextPath'
import { signedInHintCookie } from '@/lib/members/sessionCookies'
import { requestMagicLink } from '@/lib/members/requestMagicLink'
import { signUpMember } from '@/lib/members/signUpMember'
import { ApiError, answer } from '@/lib/http/errors'
import { clientIp } from '@/lib/rateLimit/clientIp'
import { consumeRateLimit } from '@/lib/rateLimit/consume'
import { formLang } from '@/lib/schemas/formValues'
import { fieldErrors, languagePreference, magicLinkRequest, magicLinkToken, signUpInput } from '@/lib/schemas/member'

async function body(req: PayloadRequest): Promise<unknown> {
  return req.json ? req.json().catch(() => null) : null
}

function redirect(path: string, cookies: Array<string | null> = []): Response {
  const headers = new Headers({ location: `${getEnv().SERVER_URL}${path}` })
  for (const cookie of cookies) if (cookie) headers.append('set-cookie', cookie)
  return new Response(null, { status: 303, headers })
}


// In the language of the page the form was sent from (its `lang` field).
const invalid = (error: Parameters<typeof fieldErrors>[0], lang: Lang) =>
  new ApiError('invalid', messages(lang).errors.formCorrectFields, { fields: fieldErrors(error, lang) })

// POST /api/members/signup – the only way to create a member: validated, rate-limited, whitelisted fields.
const signUp: Endpoint = {
  path: '/signup',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      const raw = await body(req)
      const parsed = signUpInput.safeParse(raw)
      if (!parsed.success) throw invalid(parsed.error, formLang(raw))
      await consumeRateLimit(req.payload, 'signup', { ip: clientIp(req), account: parsed.data.email })
      return Response.json(await signUpMember(req.payload, parsed.data), { status: 201 })
    }),
}

/** The language an e-mailed link was sent in (`&lang=es`), for where it lands. */
const linkLang = (req: PayloadRequest) => toLang(req.searchParams.get('lang'))

// GET /api/members/confirm?token=&lang= – the link in the sign-up e-mail; back to the sign-in page in the e-mail's language.
const confirm: Endpoint = {
  path: '/confirm',
  method: 'get',
  handler: async (req) => {
    const token = req.searchParams.get('token') ?? ''
    const signIn = (confirmed: 0 | 1) => localizedPath(linkLang(req), `/signin?confirmed=${confirmed}`)
    try {
      await req.payload.verifyEmail({ collection: 'members', token })
      return redirect(signIn(1))
    } catch {
      return redirect(signIn(0))
    }
  },
}

// POST /api/members/magic-link – e-mails a single-use sign-in link; same answer whether or not the address is known.
const requestLink: Endpoint = {
  path: '/magic-link',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      const raw = await body(req)
      const parsed = magicLinkRequest.safeParse(raw)
      if (!parsed.success) throw invalid(parsed.error, formLang(raw))
      await consumeRateLimit(req.payload, 'magicLink', { ip: clientIp(req), account: parsed.data.email })
      return Response.json(await requestMagicLink(req.payload, parsed.data.email, parsed.data.next))
    }),
}

// GET /api/members/magic-link/verify?token=&next=&lang= – signs the member in (session cookie) and goes back
// to the page they came from (a path on this site only), else their account page in their language.
const verifyLink: Endpoint = {
  path: '/magic-link/verify',
  method: 'get',
  handler: async (req) => {
    const token = magicLinkToken.safeParse(req.searchParams.get('token'))
    const signedIn = token.success ? await redeemMagicLink(req.payload, req, token.data) : null
    if (!signedIn) return redirect(localizedPath(linkLang(req), '/signin?link=expired'))
    const { member } = signedIn
    // The session, the header's hint, and the member's own region and language for the whole site.
    return redirect(safeNextPath(req.searchParams.get('next'), localizedPath(member.preferredLanguage, '/account')), [
      signedIn.cookie,
      signedInHintCookie(req.payload),
      await memberRegionCookie(req.payload, member.region),
      memberLanguageCookie(member.preferredLanguage),
    ])
  },
}

// POST /api/members/language { language: 'en' | 'es' } – the header's language switch saves a signed-in
// member's choice on their profile (the e-mails they get follow it); 204. Payload's own update, as the
// member, so the same access rules and hooks apply as on /account.
const saveLanguage: Endpoint = {
  path: '/language',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      const member = memberUser(req)
      if (!member) throw new ApiError('unauthorized', 'Sign in to save your language on your account.')
      const parsed = languagePreference.safeParse(await body(req))
      if (!parsed.success) throw new ApiError('invalid', 'Send the language as { "language": "en" } or { "language": "es" }.', { fields: fieldErrors(parsed.error) })
      await req.payload.update({
        collection: 'members',
        id: member.id,
        data: { preferredLanguage: parsed.data.language },
        overrideAccess: false,
        user: req.user,
        req,
        depth: 0,
      })
      return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } })
    }),
}

export const memberEndpoints: Endpoint[] = [signUp, confirm, requestLink, verifyLink, saveLanguage]
