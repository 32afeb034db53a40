// GET /news/feed.xml – announcements only.
import { getNewsList } from '@/lib/content/getNewsList'
import { getSite } from '@/lib/content/getSite'
import { buildRss, rssResponse } from '@/lib/feeds/buildFeed'

export const revalidate = 300

export async function GET() {
  const [site, news] = await Promise.all([getSite(), getNewsList({ regionId: null, topic: null, localId: null, year: null, page: 1 })])
  return rssResponse(buildRss({ title: 'News', description: `Announcements from ${site.name}.`, path: '/news/feed.xml', siteName: site.name }, news.items))
}
