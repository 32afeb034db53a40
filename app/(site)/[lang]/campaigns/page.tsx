import type { Metadata } from 'next'

import { CampaignGrid } from '@/components/Campaigns/CampaignCard'
import { EmptyState } from '@/components/ui/EmptyState'
import { PageHeader } from '@/components/ui/PageHeader'
import { Section } from '@/components/ui/Section'
import { getCampaigns } from '@/lib/content/getCampaigns'
import { toLang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pageMetadata } from '@/lib/seo/site'

export const revalidate = 300

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = toLang((await params).lang)
  const t = messages(lang)
  return pageMetadata({ lang, title: t.campaigns.title, description: t.campaigns.description, path: '/campaigns' })
}

export default async function CampaignsPage({ params }: Props) {
  const lang = toLang((await params).lang)
  const t = messages(lang)
  const campaigns = await getCampaigns(lang)
  const current = campaigns.filter((campaign) => campaign.status === 'active' || campaign.status === 'upcoming')
  const past = campaigns.filter((campaign) => campaign.status === 'won' || campaign.status === 'closed')

  return (
    <div className="container">
      <PageHeader title={t.campaigns.title} lead={t.campaigns.lead} />
      {campaigns.length === 0 ? (
        <EmptyState>
          <p>{t.campaigns.empty}</p>
        </EmptyState>
      ) : null}
      {current.length > 0 ? (
        <Section id="current" title={t.campaigns.currentHeading}>
          <CampaignGrid campaigns={current} lang={lang} />
        </Section>
      ) : null}
      {past.length > 0 ? (
        <Section id="past" title={t.campaigns.pastHeading}>
          <CampaignGrid campaigns={past} lang={lang} />
        </Section>
      ) : null}
    </div>
  )
}
