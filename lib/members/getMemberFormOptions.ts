import 'server-only'

import config from '@payload-config'
import { getPayload } from 'payload'

import { getLocals } from '@/lib/content/getLocals'
import { getRegions } from '@/lib/content/getRegions'

export type Option = { id: number; label: string }

/** Choices for the member forms: regions, locals, and the active campaigns a story can belong to. */
export async function getMemberFormOptions(): Promise<{ regions: Option[]; locals: Option[]; campaigns: Option[] }> {
  const payload = await getPayload({ config })
  const [regions, locals, campaigns] = await Promise.all([
    getRegions(),
    getLocals(),
    payload.find({ collection: 'campaigns', where: { status: { equals: 'active' } }, overrideAccess: false, draft: false, depth: 0, limit: 50, select: { title: true } }),
  ])
  return {
    regions: regions.map((region) => ({ id: region.id, label: region.name })),
    locals: locals.map((local) => ({ id: local.id, label: local.shortName })),
    campaigns: campaigns.docs.map((campaign) => ({ id: campaign.id, label: campaign.title })),
  }
}
