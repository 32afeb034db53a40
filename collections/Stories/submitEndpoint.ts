import type { Endpoint } from 'payload'

import { memberUser } from '@/lib/members/access'
import { BodyTooLargeError, readLimitedBytes } from '@/lib/petitions/readLimitedBody'
import { clientIp } from '@/lib/rateLimit/clientIp'
import { RateLimitError } from '@/lib/rateLimit/consume'
import { tooManyRequests } from '@/lib/rateLimit/respond'
import { STORY_MAX_UPLOAD_BYTES } from '@/lib/stories/checkUpload'
import { STORY_RECEIVED, StoryError, type StoryFile, submitStory } from '@/lib/stories/submitStory'

// Room for the text fields on top of the largest file.
const MAX_BODY = STORY_MAX_UPLOAD_BYTES + 64 * 1024

async function readForm(req: Parameters<Endpoint['handler']>[0]) {
  const type = req.headers.get('content-type') ?? ''
  const bytes = await readLimitedBytes({ headers: req.headers, body: req.body }, MAX_BODY)
  const form = await new Response(new Uint8Array(bytes), { headers: { 'content-type': type } }).formData()
  const fields: Record<string, string> = {}
  let file: StoryFile | undefined
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string') fields[key] = value
    else if (key === 'file' && value.size > 0) file = { data: Buffer.from(await value.arrayBuffer()), size: value.size }
  }
  return { fields, file }
}

// POST /api/stories/submit – a signed-in member shares a story (multipart form: text fields + optional `file`).
export const submitStoryEndpoint: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    const member = memberUser(req)
    if (!member) return Response.json({ error: 'Please sign in to share your story.' }, { status: 401 })
    try {
      if (!(req.headers.get('content-type') ?? '').includes('multipart/form-data')) {
        return Response.json({ error: 'Send the story as a form (multipart/form-data).' }, { status: 415 })
      }
      const { fields, file } = await readForm(req)
      const story = await submitStory(req.payload, member, fields, file, clientIp(req))
      return Response.json({ message: STORY_RECEIVED, id: story.id, status: story.status }, { status: 201 })
    } catch (error) {
      if (error instanceof BodyTooLargeError) return Response.json({ error: 'That file is too large: videos up to 50 MB.' }, { status: 413 })
      if (error instanceof StoryError) return Response.json({ error: error.message, fields: error.fields }, { status: error.status })
      if (error instanceof RateLimitError) return tooManyRequests(error)
      req.payload.logger.error({ err: error, msg: 'story submission failed' })
      return Response.json({ error: 'We could not save your story just now. Please try again in a minute.' }, { status: 503 })
    }
  },
}
