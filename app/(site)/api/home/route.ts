// GET /api/home?region=<code>&lang=<en|es> – what the home page shows for a saved region (its items +
// coalition-wide), in the page's language. The home page itself is static and shows every region; the
// browser asks for this when a region is saved.
import { getHome } from '@/lib/content/getHome'
import { getRegionByCode } from '@/lib/content/getRegions'
import { ApiError, errorResponse } from '@/lib/http/errors'
import { toLang } from '@/lib/i18n/languages'
import { parseRegionCode } from '@/lib/regions/regionCookie'

export async function GET(request: Request) {
  try {
    const query = new URL(request.url).searchParams
    const lang = toLang(query.get('lang'))
    const region = await getRegionByCode(parseRegionCode(query.get('region')), lang)
    if (!region) throw new ApiError('not-found', 'There is no such region.')
    // Revalidated on every use: a publish shows at once, and the server answers from its cache.
    return Response.json({ region, content: await getHome(region.id, lang) }, { headers: { 'cache-control': 'public, max-age=0, must-revalidate' } })
  } catch (error) {
    return errorResponse(error, console)
  }
}
