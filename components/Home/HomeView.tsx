import { NextSessionCard } from '@/components/Bargaining/NextSessionCard'
import { CampaignGrid } from '@/components/Campaigns/CampaignCard'
import { AtAGlance } from '@/components/Home/AtAGlance'
import { FeaturedStory } from '@/components/News/FeaturedStory'
import { FeedList } from '@/components/News/FeedList'
import { RegionNotice } from '@/components/Regions/RegionNotice'
import { EmptyState } from '@/components/ui/EmptyState'
import { Section } from '@/components/ui/Section'
import type { HomeContent } from '@/lib/content/getHome'
import type { Region, SiteInfo } from '@/lib/content/types'
import { localizedPath, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import styles from './HomeView.module.css'

type Props = {
  site: SiteInfo
  /** The region this view is for, or null for every region. */
  region: Region | null
  content: HomeContent
  lang: Lang
}

/**
 * The home page for every region or for one region plus coalition-wide items. The page holds the
 * all-regions view and, for a saved region, the region's (only one is shown), so ids carry the code.
 */
export function HomeView({ site, region, content: { lead, feed, campaigns, nextSession }, lang }: Props) {
  const t = messages(lang)
  const suffix = region ? `-${region.code}` : ''
  return (
    <div className="container">
      <div className={styles.intro}>
        <h1 className={styles.title}>{site.tagline ?? site.name}</h1>
        <RegionNotice regionName={region?.name ?? null} showAllHref="/region?region=" lang={lang} />
      </div>

      <div className={styles.top}>
        {lead ? <FeaturedStory item={lead} lang={lang} /> : null}
        <div className={styles.side}>
          {nextSession ? <NextSessionCard session={nextSession} lang={lang} headingId={`next-session-heading${suffix}`} /> : null}
          <AtAGlance site={site} lang={lang} headingId={`at-a-glance${suffix}`} />
        </div>
      </div>

      <Section id={`whats-new${suffix}`} title={t.home.whatsNew} more={{ href: localizedPath(lang, '/news'), label: t.home.allNews }}>
        {feed.length > 0 ? (
          <FeedList items={feed} lang={lang} />
        ) : (
          <EmptyState>
            <p>{region ? t.home.nothingNewIn(region.name) : t.home.nothingNew}</p>
          </EmptyState>
        )}
      </Section>

      {campaigns.length > 0 ? (
        <Section id={`campaigns${suffix}`} title={t.home.takeAction} more={{ href: localizedPath(lang, '/campaigns'), label: t.home.allCampaigns }}>
          <CampaignGrid campaigns={campaigns} lang={lang} />
        </Section>
      ) : null}
    </div>
  )
}
