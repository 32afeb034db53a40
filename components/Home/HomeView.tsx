import { NextSessionCard } from '@/components/Bargaining/NextSessionCard'
import { CampaignGrid } from '@/components/Campaigns/CampaignCard'
import { AtAGlance } from '@/components/Home/AtAGlance'
import { FeaturedStory } from '@/components/News/FeaturedStory'
import { FeedList } from '@/components/News/FeedList'
import { RegionNotice } from '@/components/Regions/RegionNotice'
import { EmptyState } from '@/components/ui/EmptyState'
import { Section } from '@/components/ui/Section'
import { todayIsoDay } from '@/lib/content/format'
import { getActiveCampaigns } from '@/lib/content/getCampaigns'
import { getNextBargainingSession } from '@/lib/content/getNextBargainingSession'
import { getSite } from '@/lib/content/getSite'
import { getFeaturedItem, getWhatsNew } from '@/lib/content/getWhatsNew'

import { getRegionByCode } from '@/lib/content/getRegions'

import styles from './HomeView.module.css'

const FEED_LENGTH = 8

/** The home page for everyone (regionCode null) or for one region plus coalition-wide items. */
export async function HomeView({ regionCode }: { regionCode: string | null }) {
  const region = await getRegionByCode(regionCode)
  const regionId = region?.id ?? null
  const [site, featured, latest, campaigns, nextSession] = await Promise.all([
    getSite(),
    getFeaturedItem({ regionId }),
    getWhatsNew({ regionId, limit: FEED_LENGTH + 1 }),
    getActiveCampaigns(regionId),
    getNextBargainingSession({ regionId, today: todayIsoDay() }),
  ])
  const lead = featured ?? latest[0] ?? null
  const feed = latest.filter((item) => item.key !== lead?.key).slice(0, FEED_LENGTH)

  return (
    <div className="container">
      <div className={styles.intro}>
        <h1 className={styles.title}>{site.tagline ?? site.name}</h1>
        <RegionNotice regionName={region?.name ?? null} showAllHref="/region?region=" />
      </div>

      <div className={styles.top}>
        {lead ? <FeaturedStory item={lead} /> : null}
        <div className={styles.side}>
          {nextSession ? <NextSessionCard session={nextSession} /> : null}
          <AtAGlance site={site} />
        </div>
      </div>

      <Section id="whats-new" title="What’s new" more={{ href: '/news', label: 'All news' }}>
        {feed.length > 0 ? (
          <FeedList items={feed} />
        ) : (
          <EmptyState>
            <p>Nothing new yet{region ? ` for ${region.name}` : ''}. Check back soon.</p>
          </EmptyState>
        )}
      </Section>

      {campaigns.length > 0 ? (
        <Section id="campaigns" title="Take action" more={{ href: '/campaigns', label: 'All campaigns' }}>
          <CampaignGrid campaigns={campaigns} />
        </Section>
      ) : null}
    </div>
  )
}
