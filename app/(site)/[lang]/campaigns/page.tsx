import type { Metadata } from 'next'

import { CampaignGrid } from '@/components/Campaigns/CampaignCard'
import { EmptyState } from '@/components/ui/EmptyState'
import { PageHeader } from '@/components/ui/PageHeader'
import { Section } from '@/components/ui/Section'
import { getCampaigns } from '@/lib/content/getCampaigns'
import { pageMetadata } from '@/lib/seo/site'

export const revalidate = 300

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: 'Campaigns',
    description: 'Campaigns members are running now, and the ones we have won.',
    path: '/campaigns',
  })
}

export default async function CampaignsPage() {
  const campaigns = await getCampaigns()
  const current = campaigns.filter((campaign) => campaign.status === 'active' || campaign.status === 'upcoming')
  const past = campaigns.filter((campaign) => campaign.status === 'won' || campaign.status === 'closed')

  return (
    <div className="container">
      <PageHeader title="Campaigns" lead="What members are fighting for right now, how close we are, and what we have won together." />
      {campaigns.length === 0 ? (
        <EmptyState>
          <p>No campaigns yet.</p>
        </EmptyState>
      ) : null}
      {current.length > 0 ? (
        <Section id="current" title="Take action now">
          <CampaignGrid campaigns={current} />
        </Section>
      ) : null}
      {past.length > 0 ? (
        <Section id="past" title="Wins and past campaigns">
          <CampaignGrid campaigns={past} />
        </Section>
      ) : null}
    </div>
  )
}
