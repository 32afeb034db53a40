import { tags } from '@/lib/cacheTags'
import type { Lang } from '@/lib/i18n/languages'

import { cachedValue } from './cached'
import { getLocals } from './getLocals'
import { getRegions } from './getRegions'
import { payload, publicRead } from './payload'
import { publishedWhere } from './where'

export type Option = { id: number; label: string }
export type MemberFormOptions = { regions: Option[]; locals: Option[]; campaigns: Option[] }

async function findActiveCampaignOptions(lang: Lang): Promise<Option[]> {
  const { docs } = await (await payload()).find({
    collection: 'campaigns',
    ...publicRead(lang),
    where: publishedWhere({ status: { equals: 'active' } }),
    depth: 0,
    limit: 50,
    pagination: false,
    select: { title: true },
  })
  return docs.map((campaign) => ({ id: campaign.id, label: campaign.title }))
}

const getActiveCampaignOptions = cachedValue('active-campaign-options', findActiveCampaignOptions, [tags.campaigns])

/** Choices for the member forms: regions, locals, and the active campaigns a story can belong to (public, cached). */
export async function getMemberFormOptions(lang: Lang): Promise<MemberFormOptions> {
  const [regions, locals, campaigns] = await Promise.all([getRegions(lang), getLocals(lang), getActiveCampaignOptions(lang)])
  return {
    regions: regions.map((region) => ({ id: region.id, label: region.name })),
    locals: locals.map((local) => ({ id: local.id, label: local.shortName })),
    campaigns,
  }
}
