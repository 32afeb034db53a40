import crypto from 'node:crypto'

/** HMAC of the tag list with the Payload secret: only this app's server can ask itself to revalidate. */
export function signTags(tags: string[], secret: string): string {
  return crypto.createHmac('sha256', secret).update(`revalidate:${tags.join('\n')}`).digest('hex')
}

export function verifyTags(tags: string[], signature: string, secret: string): boolean {
  const expected = Buffer.from(signTags(tags, secret))
  const given = Buffer.from(signature)
  return expected.length === given.length && crypto.timingSafeEqual(expected, given)
}
