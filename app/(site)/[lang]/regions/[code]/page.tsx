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
import { pageMetadata } from '@/lib/seo/site'

import styles from './region.module.css'

export const revalidate = 300

export async function generateStaticParams(): Promise<Array<{ code: string }>> {
  return (await getRegions()).map((region) => ({ code: region.code }))
}

type Props = { params: Promise<{ code: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const region = await getRegionByCode((await params).code)
  if (!region) return { title: 'Not found', robots: { index: false } }
  return pageMetadata({
    title: region.name,
    description: `News, bargaining and campaigns for members in ${region.name}.`,
    path: `/regions/${encodeURIComponent(region.code)}`,
    feeds: [{ url: `/regions/${region.code}/feed.xml`, title: `${region.name} news` }],
  })
}

export default async function RegionPage({ params }: Props) {
  const region = await getRegionByCode((await params).code)
  if (!region) notFound()
  const [items, campaigns, nextSession, locals] = await Promise.all([
    getWhatsNew({ regionId: region.id, limit: 12 }),
    getActiveCampaigns(region.id),
    getNextBargainingSession({ regionId: region.id, today: todayIsoDay() }),
    getLocals(),
  ])
  const regionLocals = locals.filter((local) => local.regionIds.includes(region.id))

  return (
    <div className="container">
      <PageHeader
        title={region.name}
        kicker="Region"
        lead={`Everything for members in ${region.name}, plus coalition-wide news.${region.states.length > 0 ? ` Covers ${region.states.join(', ')}.` : ''}`}
      >
        {/* A plain link: /region is a route handler that saves the choice in a cookie. */}
        <a href={`/region?region=${encodeURIComponent(region.code)}`} className={buttonClass('secondary')} data-print="hide">
          Make {region.name} my region
        </a>
        <SubscribeLinks feeds={[{ href: `/regions/${region.code}/feed.xml`, label: `${region.name} news feed`, format: 'RSS' }]} />
      </PageHeader>

      <div className={styles.layout}>
        <div className={styles.main}>
          <Section id="news" title="What’s new">
            {items.length > 0 ? (
              <FeedList items={items} />
            ) : (
              <EmptyState>
                <p>No news for {region.name} yet.</p>
              </EmptyState>
            )}
          </Section>
        </div>
        <div className={styles.side}>
          {nextSession ? <NextSessionCard session={nextSession} /> : null}
          {regionLocals.length > 0 ? (
            <section aria-labelledby="locals-heading" className={styles.locals}>
              <h2 id="locals-heading">Local unions here</h2>
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
        <Section id="campaigns" title="Take action" more={{ href: '/campaigns', label: 'All campaigns' }}>
          <CampaignGrid campaigns={campaigns} />
        </Section>
      ) : null}
    </div>
  )
}
