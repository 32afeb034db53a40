// GET /bargaining/feed.xml – bargaining session reports.
import { getBargainingSessions } from '@/lib/content/getBargainingSessions'
import { getSite } from '@/lib/content/getSite'
import { bargainingFeedItems } from '@/lib/feeds/bargainingItems'
import { buildRss, rssResponse } from '@/lib/feeds/buildFeed'

export const revalidate = 300

export async function GET() {
  const [site, sessions] = await Promise.all([getSite(), getBargainingSessions()])
  return rssResponse(
    buildRss({ title: 'Bargaining updates', description: `Session reports and next dates from ${site.name}.`, path: '/bargaining/feed.xml', siteName: site.name }, bargainingFeedItems(sessions)),
  )
}
