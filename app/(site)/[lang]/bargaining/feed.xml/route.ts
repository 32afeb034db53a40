// GET /bargaining/feed.xml, /es/bargaining/feed.xml – bargaining session reports.
import { getBargainingSessions } from '@/lib/content/getBargainingSessions'
import { getSite } from '@/lib/content/getSite'
import { bargainingFeedItems } from '@/lib/feeds/bargainingItems'
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
  const [site, sessions] = await Promise.all([getSite(lang), getBargainingSessions(lang)])
  return rssResponse(
    buildRss(
      { title: t.feeds.bargainingTitle, description: t.feeds.bargainingDescription(site.name), path: '/bargaining/feed.xml', siteName: site.name, lang },
      bargainingFeedItems(sessions),
    ),
  )
}
