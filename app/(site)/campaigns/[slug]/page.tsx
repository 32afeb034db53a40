import { campaignMetadata, campaignPage } from '@/components/Campaigns/CampaignPage'
import { getCampaignOrDraft } from '@/lib/content/getCampaignBySlug'

export const revalidate = 300

// Built on first visit; signed-in visitors are rewritten to /signed-in/campaigns/[slug] (next.config.ts).
export function generateStaticParams(): Array<{ slug: string }> {
  return []
}

export const generateMetadata = campaignMetadata(getCampaignOrDraft)

export default campaignPage(getCampaignOrDraft)
