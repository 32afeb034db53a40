import { ApiError } from './errors'

type BodySource = { headers: Headers; body?: ReadableStream<Uint8Array> | null }

const TOO_LARGE = 'That submission is too large.'

/** At most `maxBytes` of the body, whatever Content-Length claims (chunked uploads have none); else a 413. */
export async function readLimitedBytes(request: BodySource, maxBytes: number, tooLarge = TOO_LARGE): Promise<Buffer> {
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw new ApiError('too-large', tooLarge)
  const reader = request.body?.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  while (reader) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      throw new ApiError('too-large', tooLarge)
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
