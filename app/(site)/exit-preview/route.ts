// GET /exit-preview – leaves draft mode and returns to the page (or home).
import { draftMode } from 'next/headers'
import { NextResponse, type NextRequest } from 'next/server'

import { returnPath } from '@/lib/regions/regionCookie'

export async function GET(request: NextRequest) {
  ;(await draftMode()).disable()
  const back = returnPath(request.headers.get('referer'), request.headers.get('host'))
  return new NextResponse(null, { status: 307, headers: { Location: back } })
}
