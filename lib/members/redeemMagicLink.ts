import { sql } from '@payloadcms/db-postgres'
import { getFieldsToSign, jwtSign, type Payload, type PayloadRequest } from 'payload'
import { addSessionToUser, generatePayloadCookie } from 'payload/shared'

import type { Member } from '@/payload-types'

import { hashMagicLinkToken } from './magicLinkToken'

export type RedeemedLink = { member: Member; token: string; cookie: string }

/**
 * Signs a member in from an e-mailed link. Clearing the stored hash and checking it is one UPDATE,
 * so two clicks racing each other cannot both succeed. Opening the link proves the address, so it
 * also confirms an unverified account.
 */
export async function redeemMagicLink(payload: Payload, req: PayloadRequest, token: string): Promise<RedeemedLink | null> {
  const result = await payload.db.drizzle.execute(sql`
    update members set magic_link_hash = null, magic_link_expires_at = null, _verified = true, _verificationtoken = null
    where magic_link_hash = ${hashMagicLinkToken(token)} and magic_link_expires_at > now()
    returning id
  `)
  const id = (result.rows as Array<{ id: number }>)[0]?.id
  if (!id) return null
  const collection = payload.collections.members
  const member: Member = await payload.findByID({ collection: 'members', id, depth: 0, overrideAccess: true, showHiddenFields: true })
  const user = { ...member, collection: 'members' as const }
  const { sid } = await addSessionToUser({ collectionConfig: collection.config, payload, req, user })
  const fieldsToSign = getFieldsToSign({ collectionConfig: collection.config, email: member.email, user, sid })
  const { token: jwt } = await jwtSign({ fieldsToSign, secret: payload.secret, tokenExpiration: collection.config.auth.tokenExpiration })
  const cookie = generatePayloadCookie({ collectionAuthConfig: collection.config.auth, cookiePrefix: payload.config.cookiePrefix, token: jwt })
  return { member, token: jwt, cookie }
}
