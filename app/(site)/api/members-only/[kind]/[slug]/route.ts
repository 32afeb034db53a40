// GET /api/members-only/[kind]/[slug]?lang=es – the members-only piece of a public page, read as the
// signed-in member or staff member (401 for visitors), in the page's language (English without `lang`).
// Personal, so never stored by any cache.
import { viewerFromHeaders } from '@/lib/auth/viewer'
import { getMembersOnlyPiece } from '@/lib/content/getMembersOnlyPiece'
import { ApiError, errorResponse } from '@/lib/http/errors'
import { toLang } from '@/lib/i18n/languages'
import { membersOnlyPieceParams } from '@/lib/schemas/membersOnlyPiece'

const PRIVATE = { 'cache-control': 'private, no-store' }

export async function GET(request: Request, { params }: { params: Promise<{ kind: string; slug: string }> }) {
  try {
    const parsed = membersOnlyPieceParams.safeParse(await params)
    if (!parsed.success) throw new ApiError('not-found', 'There is nothing here.')
    const lang = toLang(new URL(request.url).searchParams.get('lang'))
    const viewer = await viewerFromHeaders(request.headers)
    if (viewer.kind === 'visitor') throw new ApiError('unauthorized', 'Sign in as a member to read this.')
    const piece = await getMembersOnlyPiece(parsed.data.kind, parsed.data.slug, lang, viewer)
    if (!piece) throw new ApiError('not-found', 'There is nothing here.')
    return Response.json(piece, { headers: PRIVATE })
  } catch (error) {
    return errorResponse(error, console)
  }
}
