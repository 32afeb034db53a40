import { tags } from '@/lib/cacheTags'
import type { Lang } from '@/lib/i18n/languages'

import { cachedReader } from './cached'
import { campaignCardSelect, sortCampaigns, toCampaignCard } from './campaigns'
import { mediaSelect } from './media'
import { payload, publicRead } from './payload'
import { regionSelect } from './relations'
import { withSignatureProgress } from './signatureProgress'
import type { CampaignCard } from './types'
import { publishedWhere, regionScope } from './where'

export type CampaignsQuery = { regionId: number | null; activeOnly: boolean; lang: Lang }

export async function findCampaigns({ regionId, activeOnly, lang }: CampaignsQuery): Promise<CampaignCard[]> {
  const { docs } = await (await payload()).find({
    collection: 'campaigns',
    ...publicRead(lang),
    where: publishedWhere(regionScope(regionId), activeOnly ? { status: { equals: 'active' } } : null),
    select: campaignCardSelect,
    sort: '-publishedAt',
    limit: 200,
    depth: 1,
    pagination: false,
    populate: { media: mediaSelect, regions: regionSelect },
  })
  return sortCampaigns(await withSignatureProgress(docs.map((doc) => toCampaignCard(doc, lang))))
}

const read = cachedReader('campaigns', findCampaigns, () => [tags.campaigns, tags.media, tags.regions])

/** Every published campaign, active first. */
export const getCampaigns = (lang: Lang) => read({ regionId: null, activeOnly: false, lang })

/** Active campaigns for a region (plus coalition-wide), or everywhere when regionId is null. */
export const getActiveCampaigns = (regionId: number | null, lang: Lang) => read({ regionId, activeOnly: true, lang })
