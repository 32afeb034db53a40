// GET /feed.xml – everything new: announcements, bargaining updates and campaigns.
import { getSite } from '@/lib/content/getSite'
import { getWhatsNew } from '@/lib/content/getWhatsNew'
import { buildRss, rssResponse } from '@/lib/feeds/buildFeed'

export const revalidate = 300

export async function GET() {
  const [site, items] = await Promise.all([getSite(), getWhatsNew({ regionId: null, limit: 30 })])
  return rssResponse(buildRss({ title: 'What’s new', description: `News, bargaining and campaigns from ${site.name}.`, path: '/feed.xml', siteName: site.name }, items))
}
