// GET /regions/:code/feed.xml, /es/regions/:code/feed.xml – one region's items plus coalition-wide ones.
import { getRegionByCode } from '@/lib/content/getRegions'
import { getSite } from '@/lib/content/getSite'
import { getWhatsNew } from '@/lib/content/getWhatsNew'
import { buildRss, rssResponse } from '@/lib/feeds/buildFeed'
import { toLang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

export const revalidate = 300

// Built on first request and cached (revalidate), per language and region, as before the languages.
export async function GET(_request: Request, { params }: { params: Promise<{ lang: string; code: string }> }) {
  const { lang: langParam, code } = await params
  const lang = toLang(langParam)
  const t = messages(lang)
  const region = await getRegionByCode(code, lang)
  if (!region) return new Response(t.feeds.regionNotFound, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  const [site, items] = await Promise.all([getSite(lang), getWhatsNew({ regionId: region.id, limit: 30, lang })])
  return rssResponse(
    buildRss(
      { title: region.name, description: t.feeds.regionDescription(region.name, site.name), path: `/regions/${region.code}/feed.xml`, siteName: site.name, lang },
      items,
    ),
  )
}
