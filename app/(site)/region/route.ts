// GET /region?region=<code> – saves the visitor's region in a cookie (empty or unknown clears it)
// and sends them back to the page they came from.
import { NextResponse, type NextRequest } from 'next/server'

import { getRegionByCode } from '@/lib/content/getRegions'
import { parseRegionCode, REGION_COOKIE, REGION_COOKIE_MAX_AGE, returnPath } from '@/lib/regions/regionCookie'

export async function GET(request: NextRequest) {
  const region = await getRegionByCode(parseRegionCode(request.nextUrl.searchParams.get('region')), 'en')
  const back = returnPath(request.headers.get('referer'), request.headers.get('host'))
  // A relative Location: request.url may name an internal host (proxy, -H 127.0.0.1) the cookie is not for.
  const response = new NextResponse(null, { status: 303, headers: { Location: back } })
  response.headers.set('Cache-Control', 'no-store')
  if (region) {
    response.cookies.set(REGION_COOKIE, region.code, {
      path: '/',
      maxAge: REGION_COOKIE_MAX_AGE,
      sameSite: 'lax',
      secure: request.nextUrl.protocol === 'https:',
    })
  } else {
    response.cookies.delete(REGION_COOKIE)
  }
  return response
}
