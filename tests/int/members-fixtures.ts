// Shared by the members, petitions and stories tests: a unique client address per call (so rate limits
// from one test never leak into another) and a confirmed member signed in over REST.
import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { linkIn, outbox } from '@/lib/email/outbox'

import { rest } from '../helpers/rest'

export function freshIp(): Record<string, string> {
  const bytes = crypto.randomBytes(3)
  return { 'x-forwarded-for': `10.${bytes[0]}.${bytes[1]}.${bytes[2]}` }
}

let counter = 0
export function uniqueEmail(label = 'member') {
  return `${label}.${Date.now()}.${++counter}@example.org`
}

/** A request path + query from a link in an e-mail, for the REST harness. */
export function pathOf(link: string) {
  const url = new URL(link)
  return `${url.pathname}${url.search}`
}

export type SignedInMember = { id: number; email: string; password: string; token: string }

/**
 * Signs up through the public endpoint, follows the e-mailed confirmation link, logs in with the password.
 * `preferredLanguage`: as the sign-up form sends it (English when left out).
 */
export async function signUpAndConfirm(payload: Payload, region: number, name = 'Test Member', preferredLanguage?: 'en' | 'es'): Promise<SignedInMember> {
  const email = uniqueEmail()
  const password = 'Member-pass-2026'
  const signup = await rest('/api/members/signup', { method: 'POST', body: { name, email, password, region, preferredLanguage }, headers: freshIp() })
  if (signup.status !== 201) throw new Error(`sign-up failed: ${signup.status} ${signup.text}`)
  const link = linkIn(outbox(email)[0], 'http://localhost:3000/api/members/confirm')
  if (!link) throw new Error('no confirmation e-mail')
  await rest(pathOf(link))
  const login = await rest('/api/members/login', { method: 'POST', body: { email, password }, headers: freshIp() })
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${login.text}`)
  const { docs } = await payload.find({ collection: 'members', where: { email: { equals: email } }, overrideAccess: true })
  return { id: docs[0]!.id, email, password, token: String(login.json.token) }
}

/**
 * Content a test file creates, removed again afterwards: the integration files share one database, and
 * later files (the seed test) count the demo content exactly.
 */
export function contentCleanup(getPayload: () => Payload) {
  const created: Array<{ collection: 'announcements' | 'bargaining-updates' | 'campaigns' | 'leadership' | 'pages'; id: number }> = []
  return {
    track<T extends { id: number }>(collection: (typeof created)[number]['collection'], doc: T): T {
      created.push({ collection, id: doc.id })
      return doc
    },
    async run() {
      const payload = getPayload()
      const campaigns = created.filter((item) => item.collection === 'campaigns').map((item) => item.id)
      if (campaigns.length > 0) {
        await payload.delete({ collection: 'signatures', where: { campaign: { in: campaigns } }, overrideAccess: true })
        await payload.delete({ collection: 'stories', where: { campaign: { in: campaigns } }, overrideAccess: true })
      }
      for (const { collection, id } of created.reverse()) {
        await payload.delete({ collection, id, overrideAccess: true, context: { disableRevalidate: true } })
      }
    },
  }
}
