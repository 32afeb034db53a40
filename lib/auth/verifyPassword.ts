import crypto from 'node:crypto'
import { promisify } from 'node:util'

const pbkdf2 = promisify(crypto.pbkdf2)

// Payload's stored formats (auth/strategies/local/generatePasswordSaltHash in payload 3.90): the
// current one is prefixed; older accounts still carry the legacy parameters.
const CURRENT = { prefix: 'pbkdf2-sha256-v1:', iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

/** Whether `password` is the one Payload stored as `hash` with `salt` (timing-safe). */
export async function verifyPassword(password: string, { hash, salt }: { hash?: unknown; salt?: unknown }): Promise<boolean> {
  if (typeof hash !== 'string' || typeof salt !== 'string' || !password) return false
  const current = hash.startsWith(CURRENT.prefix)
  const stored = Buffer.from(current ? hash.slice(CURRENT.prefix.length) : hash, 'hex')
  const { iterations, keyLength } = current ? CURRENT : LEGACY
  const computed = await pbkdf2(password, salt, iterations, keyLength, 'sha256')
  return computed.length === stored.length && crypto.timingSafeEqual(computed, stored)
}
