import crypto from 'node:crypto'

import { getEnv } from '@/lib/env'

import { EMAIL_LISTS, type EmailList } from '../delivery/states'

// The links in alerts and digests work without signing in (a member reads mail on a phone that is not
// signed in): each carries the member, what it may change, and an expiry, signed with a key derived
// from PAYLOAD_SECRET. Nothing is stored, so a link cannot be revoked, only expire; all it can do is
// turn e-mail off or change the member's e-mail choices.

/** "all": the preferences page; a list: that list's one-click unsubscribe. */
export type TokenScope = EmailList | 'all'
export type EmailToken = { memberId: number; scope: TokenScope; expiresAt: Date }
export type TokenCheck = { ok: true; token: EmailToken } | { ok: false; reason: 'invalid' | 'expired' }

/** A year: people unsubscribe from old messages too. */
export const EMAIL_TOKEN_TTL_MS = 365 * 24 * 60 * 60 * 1000
const SCOPES: readonly string[] = [...EMAIL_LISTS, 'all']
const isScope = (value: string | undefined): value is TokenScope => value !== undefined && SCOPES.includes(value)
const SHAPE = /^(\d{1,12})\.([a-z]{3,10})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/

function signature(payload: string): string {
  const key = crypto.createHmac('sha256', getEnv().PAYLOAD_SECRET).update('email-links-v1').digest()
  return crypto.createHmac('sha256', key).update(payload).digest('base64url')
}

export function signEmailToken(memberId: number, scope: TokenScope, now = Date.now()): string {
  const payload = `${memberId}.${scope}.${Math.floor((now + EMAIL_TOKEN_TTL_MS) / 1000)}`
  return `${payload}.${signature(payload)}`
}

export function verifyEmailToken(value: unknown, now = Date.now()): TokenCheck {
  const match = typeof value === 'string' ? SHAPE.exec(value) : null
  const [, id, scope, expires, given] = match ?? []
  if (!match || !isScope(scope)) return { ok: false, reason: 'invalid' }
  const expected = signature(`${id}.${scope}.${expires}`)
  if (!crypto.timingSafeEqual(Buffer.from(given!), Buffer.from(expected))) return { ok: false, reason: 'invalid' }
  // Checked after the signature, so "expired" is only ever said of a link we really sent.
  const expiresAt = new Date(Number(expires) * 1000)
  if (expiresAt.getTime() <= now) return { ok: false, reason: 'expired' }
  return { ok: true, token: { memberId: Number(id), scope, expiresAt } }
}
