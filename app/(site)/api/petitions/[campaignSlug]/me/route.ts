// GET /api/petitions/[campaignSlug]/me – the signed-in member's part of a petition: the name they sign
// as and when they signed (401 for anyone else). Personal, so never stored by any cache.
import { viewerFromHeaders } from '@/lib/auth/viewer'
import { getMySignature } from '@/lib/content/getMySignature'
import { ApiError, errorResponse } from '@/lib/http/errors'

export async function GET(request: Request, { params }: { params: Promise<{ campaignSlug: string }> }) {
  try {
    const viewer = await viewerFromHeaders(request.headers)
    if (viewer.kind !== 'member') throw new ApiError('unauthorized', 'Sign in as a member to sign with one click.')
    const mine = await getMySignature((await params).campaignSlug, viewer.member)
    if (!mine) throw new ApiError('not-found', 'We could not find that campaign.')
    return Response.json(mine, { headers: { 'cache-control': 'private, no-store' } })
  } catch (error) {
    return errorResponse(error, console)
  }
}
