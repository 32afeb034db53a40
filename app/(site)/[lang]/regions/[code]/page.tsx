import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { NextSessionCard } from '@/components/Bargaining/NextSessionCard'
import { CampaignGrid } from '@/components/Campaigns/CampaignCard'
import { FeedList } from '@/components/News/FeedList'
import { buttonClass } from '@/components/ui/Button'
import { EmptyState } from '@/components/ui/EmptyState'
import { PageHeader } from '@/components/ui/PageHeader'
import { Section } from '@/components/ui/Section'
import { SubscribeLinks } from '@/components/ui/SubscribeLinks'
import { todayIsoDay } from '@/lib/content/format'
import { getActiveCampaigns } from '@/lib/content/getCampaigns'
import { getLocals } from '@/lib/content/getLocals'
import { getNextBargainingSession } from '@/lib/content/getNextBargainingSession'
import { getRegionByCode, getRegions } from '@/lib/content/getRegions'
import { getWhatsNew } from '@/lib/content/getWhatsNew'
import { localizedPath, toLang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pageMetadata } from '@/lib/seo/site'

import styles from './region.module.css'

export const revalidate = 300

export async function generateStaticParams({ params }: { params: { lang: string } }): Promise<Array<{ code: string }>> {
  return (await getRegions(toLang(params.lang))).map((region) => ({ code: region.code }))
}

type Props = { params: Promise<{ lang: string; code: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang: param, code } = await params
  const lang = toLang(param)
  const t = messages(lang)
  const region = await getRegionByCode(code, lang)
  if (!region) return { title: t.news.notFound, robots: { index: false } }
  return pageMetadata({
    lang,
    title: region.name,
    description: t.regions.description(region.name),
    path: `/regions/${encodeURIComponent(region.code)}`,
    feeds: [{ url: `/regions/${region.code}/feed.xml`, title: t.regions.feedTitle(region.name) }],
  })
}

export default async function RegionPage({ params }: Props) {
  const { lang: param, code } = await params
  const lang = toLang(param)
  const t = messages(lang)
  const region = await getRegionByCode(code, lang)
  if (!region) notFound()
  const [items, campaigns, nextSession, locals] = await Promise.all([
    getWhatsNew({ regionId: region.id, limit: 12, lang }),
    getActiveCampaigns(region.id, lang),
    getNextBargainingSession({ regionId: region.id, today: todayIsoDay(), lang }),
    getLocals(lang),
  ])
  const regionLocals = locals.filter((local) => local.regionIds.includes(region.id))
  const lead = region.states.length > 0 ? `${t.regions.lead(region.name)} ${t.regions.covers(region.states.join(', '))}` : t.regions.lead(region.name)

  return (
    <div className="container">
      <PageHeader title={region.name} kicker={t.regions.kicker} lead={lead}>
        {/* A plain link: /region is a route handler that saves the choice in a cookie. */}
        <a href={`/region?region=${encodeURIComponent(region.code)}`} className={buttonClass('secondary')} data-print="hide">
          {t.regions.makeMine(region.name)}
        </a>
        <SubscribeLinks
          feeds={[{ href: localizedPath(lang, `/regions/${region.code}/feed.xml`), label: t.regions.feedLink(region.name), format: 'RSS' }]}
          lang={lang}
        />
      </PageHeader>

      <div className={styles.layout}>
        <div className={styles.main}>
          <Section id="news" title={t.regions.whatsNew}>
            {items.length > 0 ? (
              <FeedList items={items} lang={lang} />
            ) : (
              <EmptyState>
                <p>{t.regions.noNews(region.name)}</p>
              </EmptyState>
            )}
          </Section>
        </div>
        <div className={styles.side}>
          {nextSession ? <NextSessionCard session={nextSession} lang={lang} /> : null}
          {regionLocals.length > 0 ? (
            <section aria-labelledby="locals-heading" className={styles.locals}>
              <h2 id="locals-heading">{t.regions.localsHeading}</h2>
              <ul>
                {regionLocals.map((local) => (
                  <li key={local.id}>
                    {local.website ? <a href={local.website}>{local.name}</a> : local.name}
                    {local.shortName !== local.name ? <span className={styles.short}> ({local.shortName})</span> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </div>

      {campaigns.length > 0 ? (
        <Section id="campaigns" title={t.regions.takeAction} more={{ href: localizedPath(lang, '/campaigns'), label: t.regions.allCampaigns }}>
          <CampaignGrid campaigns={campaigns} lang={lang} />
        </Section>
      ) : null}
    </div>
  )
}
