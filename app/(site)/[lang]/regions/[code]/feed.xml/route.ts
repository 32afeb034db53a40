// GET /regions/:code/feed.xml – one region's items plus coalition-wide ones.
import { getRegionByCode } from '@/lib/content/getRegions'
import { getSite } from '@/lib/content/getSite'
import { getWhatsNew } from '@/lib/content/getWhatsNew'
import { buildRss, rssResponse } from '@/lib/feeds/buildFeed'

export const revalidate = 300

export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params
  const region = await getRegionByCode(code)
  if (!region) return new Response('No such region.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  const [site, items] = await Promise.all([getSite(), getWhatsNew({ regionId: region.id, limit: 30 })])
  return rssResponse(
    buildRss({ title: region.name, description: `${region.name} and coalition-wide news from ${site.name}.`, path: `/regions/${region.code}/feed.xml`, siteName: site.name }, items),
  )
}
