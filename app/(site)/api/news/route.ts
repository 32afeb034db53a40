// GET /api/news?region=&topic=&local=&year=&page=&lang= – one page of the public news list, for the filtered
// views of /news and /es/news (the plain pages are static). Public data from the shared cache; malformed
// values are ignored (an unknown language is English).
import { getNewsList } from '@/lib/content/getNewsList'
import { getRegionByCode } from '@/lib/content/getRegions'
import { parseNewsFilters } from '@/lib/content/newsFilters'
import { errorResponse } from '@/lib/http/errors'
import { toLang } from '@/lib/i18n/languages'

export async function GET(request: Request) {
  try {
    const query = new URL(request.url).searchParams
    const lang = toLang(query.get('lang'))
    const parsed = parseNewsFilters(Object.fromEntries(query), null)
    // An unknown region code shows every region rather than nothing.
    const region = await getRegionByCode(parsed.region, lang)
    const filters = { ...parsed, region: region?.code ?? null }
    const list = await getNewsList({ regionId: region?.id ?? null, topic: filters.topic, localId: filters.local, year: filters.year, page: filters.page, lang })
    // Revalidated on every use: a publish shows at once, and the server answers from its cache.
    return Response.json({ filters, list }, { headers: { 'cache-control': 'public, max-age=0, must-revalidate' } })
  } catch (error) {
    return errorResponse(error, console)
  }
}
