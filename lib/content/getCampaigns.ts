import { tags } from '@/lib/cacheTags'

import { cachedReader } from './cached'
import { campaignCardSelect, sortCampaigns, toCampaignCard } from './campaigns'
import { mediaSelect } from './media'
import { payload, publicRead } from './payload'
import { regionSelect } from './relations'
import { withSignatureProgress } from './signatureProgress'
import type { CampaignCard } from './types'
import { publishedWhere, regionScope } from './where'

export type CampaignsQuery = { regionId: number | null; activeOnly: boolean }

export async function findCampaigns({ regionId, activeOnly }: CampaignsQuery): Promise<CampaignCard[]> {
  const { docs } = await (await payload()).find({
    collection: 'campaigns',
    ...publicRead,
    where: publishedWhere(regionScope(regionId), activeOnly ? { status: { equals: 'active' } } : null),
    select: campaignCardSelect,
    sort: '-publishedAt',
    limit: 200,
    depth: 1,
    pagination: false,
    populate: { media: mediaSelect, regions: regionSelect },
  })
  return sortCampaigns(await withSignatureProgress(docs.map(toCampaignCard)))
}

const read = cachedReader('campaigns', findCampaigns, () => [tags.campaigns, tags.media, tags.regions])

/** Every published campaign, active first. */
export const getCampaigns = () => read({ regionId: null, activeOnly: false })

/** Active campaigns for a region (plus coalition-wide), or everywhere when regionId is null. */
export const getActiveCampaigns = (regionId: number | null) => read({ regionId, activeOnly: true })
