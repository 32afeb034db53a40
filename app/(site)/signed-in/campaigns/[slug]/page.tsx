import { campaignMetadata, campaignPage } from '@/components/Campaigns/CampaignPage'
import { getCampaignForViewer } from '@/lib/content/getCampaignBySlug'

// /campaigns/[slug] as the signed-in member (or staff member) sees it: rendered per request, never cached.
export const dynamic = 'force-dynamic'

export const generateMetadata = campaignMetadata(getCampaignForViewer)

export default campaignPage(getCampaignForViewer)
