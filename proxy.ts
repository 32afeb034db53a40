import { NextResponse, type NextRequest } from 'next/server'

import { parseRegionCode, REGION_COOKIE } from '@/lib/regions/regionCookie'

/**
 * Serves the region-filtered home and news list from static, tag-revalidated pages instead of
 * rendering them per request: the saved region (cookie) picks which static page answers.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const code = parseRegionCode(request.cookies.get(REGION_COOKIE)?.value)
  if (pathname === '/' && code) return NextResponse.rewrite(new URL(`/home/${code}`, request.url))
  if (pathname === '/news' && !search) return NextResponse.rewrite(new URL(`/news/r/${code ?? 'all'}`, request.url))
  return NextResponse.next()
}

export const config = { matcher: ['/', '/news'] }
