import type { Endpoint } from 'payload'

import { ApiError, errorResponse } from '@/lib/http/errors'
import { readLimitedBytes } from '@/lib/http/readLimitedBody'
import { clientIp } from '@/lib/rateLimit/clientIp'
import { STORY_MAX_UPLOAD_BYTES } from '@/lib/stories/checkUpload'
import { formLang } from '@/lib/schemas/formValues'
import { type StoryFile, storyReceived, submitStory } from '@/lib/stories/submitStory'
import { memberUser } from '@/lib/auth/viewer'

// Room for the text fields on top of the largest file.
const MAX_BODY = STORY_MAX_UPLOAD_BYTES + 64 * 1024
const UNAVAILABLE = 'We could not save your story just now. Please try again in a minute.'

async function readForm(req: Parameters<Endpoint['handler']>[0]) {
  const type = req.headers.get('content-type') ?? ''
  if (!type.includes('multipart/form-data')) throw new ApiError('unsupported', 'Send the story as a form (multipart/form-data).')
  const bytes = await readLimitedBytes({ headers: req.headers, body: req.body }, MAX_BODY, 'That file is too large: videos up to 50 MB.')
  const form = await new Response(new Uint8Array(bytes), { headers: { 'content-type': type } }).formData().catch(() => {
    throw new ApiError('invalid', 'We could not read that form. Please try again.')
  })
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
    try {
      const member = memberUser(req)
      if (!member) throw new ApiError('unauthorized', 'Please sign in to share your story.')
      const { fields, file } = await readForm(req)
      const story = await submitStory(req.payload, member, fields, file, clientIp(req))
      return Response.json({ message: storyReceived(formLang(fields)), id: story.id, status: story.status }, { status: 201 })
    } catch (error) {
      return errorResponse(error, req.payload.logger, UNAVAILABLE)
    }
  },
}
