// GET /news/feed.xml, /es/news/feed.xml – announcements only.
import { getNewsList } from '@/lib/content/getNewsList'
import { getSite } from '@/lib/content/getSite'
import { buildRss, rssResponse } from '@/lib/feeds/buildFeed'
import { languageParams, toLang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

export const revalidate = 300

// One feed per language, built ahead like the pages.
export const generateStaticParams = languageParams
export const dynamicParams = false

export async function GET(_request: Request, { params }: { params: Promise<{ lang: string }> }) {
  const lang = toLang((await params).lang)
  const t = messages(lang)
  const [site, news] = await Promise.all([getSite(lang), getNewsList({ regionId: null, topic: null, localId: null, year: null, page: 1, lang })])
  return rssResponse(buildRss({ title: t.feeds.newsTitle, description: t.feeds.newsDescription(site.name), path: '/news/feed.xml', siteName: site.name, lang }, news.items))
}
