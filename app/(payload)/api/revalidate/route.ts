// POST /api/revalidate – the server asking itself to expire cache tags after a content change.
import { revalidateTag } from 'next/cache'

import { getEnv } from '@/lib/env'
import { ApiError, errorResponse } from '@/lib/http/errors'
import { verifyTags } from '@/lib/revalidate/signature'
import { revalidateRequest } from '@/lib/schemas/revalidate'

export async function POST(request: Request) {
  const parsed = revalidateRequest.safeParse(await request.json().catch(() => null))
  if (!parsed.success) {
    return errorResponse(new ApiError('invalid', 'Expected { tags: string[], signature: string }.'))
  }
  const { tags, signature } = parsed.data
  if (!verifyTags(tags, signature, getEnv().PAYLOAD_SECRET)) {
    return errorResponse(new ApiError('forbidden', 'Bad signature.'))
  }
  // Expire at once: the next visitor gets fresh content, not a stale copy while it regenerates.
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  return Response.json({ revalidated: tags })
}
