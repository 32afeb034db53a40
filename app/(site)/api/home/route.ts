// GET /api/home?region=<code> – what the home page shows for a saved region (its items + coalition-wide).
// The home page itself is static and shows every region; the browser asks for this when a region is saved.
import { getHome } from '@/lib/content/getHome'
import { getRegionByCode } from '@/lib/content/getRegions'
import { ApiError, errorResponse } from '@/lib/http/errors'
import { parseRegionCode } from '@/lib/regions/regionCookie'

export async function GET(request: Request) {
  try {
    const region = await getRegionByCode(parseRegionCode(new URL(request.url).searchParams.get('region')))
    if (!region) throw new ApiError('not-found', 'There is no such region.')
    // Revalidated on every use: a publish shows at once, and the server answers from its cache.
    return Response.json({ region, content: await getHome(region.id) }, { headers: { 'cache-control': 'public, max-age=0, must-revalidate' } })
  } catch (error) {
    return errorResponse(error, console)
  }
}
