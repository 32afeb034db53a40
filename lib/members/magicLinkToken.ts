import crypto from 'node:crypto'

export const MAGIC_LINK_TTL_MS = 15 * 60 * 1000

/** A 256-bit random token for the link; only its SHA-256 is stored, so a database leak signs nobody in. */
export function newMagicLinkToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(32).toString('base64url')
  return { token, hash: hashMagicLinkToken(token) }
}

export function hashMagicLinkToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex')
}
