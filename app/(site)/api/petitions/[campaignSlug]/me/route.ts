// GET /api/petitions/[campaignSlug]/me?lang= – the signed-in member's part of a petition: the name they sign
// as and when they signed (401 for anyone else, in the reader's language). Personal, so never stored by any cache.
import { viewerFromHeaders } from '@/lib/auth/viewer'
import { getMySignature } from '@/lib/content/getMySignature'
import { ApiError, errorResponse } from '@/lib/http/errors'
import { messages } from '@/lib/i18n/messages'
import { signerLang } from '@/lib/petitions/handleSignRequest'

export async function GET(request: Request, { params }: { params: Promise<{ campaignSlug: string }> }) {
  try {
    const t = messages(signerLang(request))
    const viewer = await viewerFromHeaders(request.headers)
    if (viewer.kind !== 'member') throw new ApiError('unauthorized', t.petitions.signInFirst)
    const mine = await getMySignature((await params).campaignSlug, viewer.member)
    if (!mine) throw new ApiError('not-found', t.petitions.notFound)
    return Response.json(mine, { headers: { 'cache-control': 'private, no-store' } })
  } catch (error) {
    return errorResponse(error, console)
  }
}
