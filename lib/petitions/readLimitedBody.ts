export class BodyTooLargeError extends Error {}

type BodySource = { headers: Headers; body?: ReadableStream<Uint8Array> | null }

/** At most `maxBytes` of the body, whatever Content-Length claims (chunked uploads have none). */
export async function readLimitedBytes(request: BodySource, maxBytes: number): Promise<Buffer> {
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw new BodyTooLargeError()
  const reader = request.body?.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  while (reader) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      throw new BodyTooLargeError()
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/** A size-limited JSON or URL-encoded form body; anything else reads as null and fails validation. */
export async function readLimitedBody(request: BodySource, maxBytes: number): Promise<unknown> {
  const text = (await readLimitedBytes(request, maxBytes)).toString('utf8')
  const type = request.headers.get('content-type') ?? ''
  if (type.includes('application/json')) {
    try {
      return JSON.parse(text) as unknown
    } catch {
      return null
    }
  }
  if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text))
  return null
}
