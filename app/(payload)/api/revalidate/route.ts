// POST /api/revalidate – the server asking itself to expire cache tags after a content change.
import { revalidateTag } from 'next/cache'

import { getEnv } from '@/lib/env'
import { verifyTags } from '@/lib/revalidate/signature'
import { revalidateRequest } from '@/lib/schemas/revalidate'

export async function POST(request: Request) {
  const parsed = revalidateRequest.safeParse(await request.json().catch(() => null))
  if (!parsed.success) {
    return Response.json({ error: 'Expected { tags: string[], signature: string }.' }, { status: 400 })
  }
  const { tags, signature } = parsed.data
  if (!verifyTags(tags, signature, getEnv().PAYLOAD_SECRET)) {
    return Response.json({ error: 'Bad signature.' }, { status: 403 })
  }
  // Expire at once: the next visitor gets fresh content, not a stale copy while it regenerates.
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  return Response.json({ revalidated: tags })
}
