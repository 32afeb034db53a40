// GET /feed.xml, /es/feed.xml – everything new: announcements, bargaining updates and campaigns.
import { getSite } from '@/lib/content/getSite'
import { getWhatsNew } from '@/lib/content/getWhatsNew'
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
  const [site, items] = await Promise.all([getSite(lang), getWhatsNew({ regionId: null, limit: 30, lang })])
  return rssResponse(buildRss({ title: t.feeds.whatsNewTitle, description: t.feeds.whatsNewDescription(site.name), path: '/feed.xml', siteName: site.name, lang }, items))
}
