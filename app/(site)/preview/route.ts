// GET /preview?collection=…&slug=… – staff only: turns on draft mode and opens the public page.
import { draftMode } from 'next/headers'
import { NextResponse, type NextRequest } from 'next/server'

import { viewerFromHeaders } from '@/lib/auth/viewer'

import { collectionDocHref } from '@/lib/content/links'
import { localizedPath } from '@/lib/i18n/languages'
import { previewQuery } from '@/lib/schemas/preview'

export async function GET(request: NextRequest) {
  const viewer = await viewerFromHeaders(request.headers)
  if (viewer.kind !== 'staff') {
    return new NextResponse('Preview is for signed-in staff. Sign in at /admin first.', {
      status: 401,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    })
  }
  const parsed = previewQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams))
  if (!parsed.success) {
    return new NextResponse(`Cannot preview: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`, {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  const { collection, slug, lang } = parsed.data
  const path = localizedPath(lang, collectionDocHref(collection, slug) ?? '/')
  ;(await draftMode()).enable()
  // Relative, so the draft-mode cookie and the page share the host the visitor used.
  return new NextResponse(null, { status: 307, headers: { Location: path } })
}
