import type { Payload } from 'payload'

import { regionsById } from '@/lib/editorial/calendar'
import { regionIds } from '@/lib/regions/regionKey'
import { anyRelationId } from '@/lib/relationId'
import type { User } from '@/payload-types'

import { fieldText } from './fields'
import type { DashboardItem, ItemList } from './types'

const WEEK_MS = 7 * 24 * 60 * 60 * 1000

/** Campaigns listed by name under the week's signatures, at most. */
const TOP_CAMPAIGNS = 5
/** Campaigns counted one by one: far more than run at once; the busiest TOP_CAMPAIGNS are shown. */
const MAX_CAMPAIGNS = 50

export type CampaignCount = { campaign: string; link: string; count: number }

export type WeekEngagement = {
  signatures: { total: number; byCampaign: CampaignCount[] }
  pendingStories: ItemList
}

/** Signatures of the last 7 days, in all and for the campaigns with the most, as this viewer may read them. */
async function weekSignatures(payload: Payload, user: User, since: string, top: number): Promise<WeekEngagement['signatures']> {
  const recent = { createdAt: { greater_than_equal: since } }
  const [{ totalDocs }, distinct] = await Promise.all([
    payload.count({ collection: 'signatures', where: recent, overrideAccess: false, user }),
    payload.findDistinct({ collection: 'signatures', field: 'campaign', where: recent, limit: MAX_CAMPAIGNS, overrideAccess: false, user }),
  ])
  const campaignIds = distinct.values.flatMap((value) => anyRelationId(value.campaign) ?? [])
  if (campaignIds.length === 0) return { total: totalDocs, byCampaign: [] }
  const [counts, campaigns] = await Promise.all([
    Promise.all(
      campaignIds.map(async (id) => {
        const { totalDocs: count } = await payload.count({ collection: 'signatures', where: { and: [recent, { campaign: { equals: id } }] }, overrideAccess: false, user })
        return [id, count] as const
      }),
    ),
    payload.find({ collection: 'campaigns', where: { id: { in: campaignIds } }, select: { title: true }, depth: 0, pagination: false, draft: true, overrideAccess: false, user }),
  ])
  const titles = new Map(campaigns.docs.map((campaign) => [campaign.id, campaign.title]))
  const admin = payload.config.routes.admin
  const byCampaign = counts
    .map(([id, count]) => ({ campaign: titles.get(id) ?? `Campaign #${id}`, link: `${admin}/collections/signatures?where[campaign][equals]=${id}`, count }))
    .sort((a, b) => b.count - a.count || a.campaign.localeCompare(b.campaign))
    .slice(0, top)
  return { total: totalDocs, byCampaign }
}

/** Members' stories waiting for moderation, oldest first (they have waited longest). */
async function pendingStories(payload: Payload, user: User, limit: number): Promise<ItemList> {
  const [{ docs, totalDocs }, regions] = await Promise.all([
    payload.find({
      collection: 'stories',
      where: { status: { equals: 'pending' } },
      select: { label: true, region: true, createdAt: true, flagged: true },
      sort: 'createdAt',
      limit,
      depth: 0,
      overrideAccess: false,
      user,
    }),
    regionsById(payload),
  ])
  const admin = payload.config.routes.admin
  const items = docs.map(
    (story): DashboardItem => ({
      key: `stories-${story.id}`,
      title: fieldText(story.label) ?? `Story #${story.id}`,
      collectionLabel: 'Stories',
      link: `${admin}/collections/stories/${story.id}`,
      regions: regionIds([story.region]).flatMap((id) => regions.get(id)?.name ?? []),
      when: story.createdAt,
      detail: fieldText(story.flagged) ? 'May contain patient details: check before approving' : null,
      alert: fieldText(story.flagged) ? true : undefined,
    }),
  )
  return { total: totalDocs, items }
}

/** The week on the members' side: new signatures and the stories waiting for a moderator. */
export async function weekEngagement(payload: Payload, user: User, now: Date, { stories = 5, campaigns = TOP_CAMPAIGNS } = {}): Promise<WeekEngagement> {
  const since = new Date(now.getTime() - WEEK_MS).toISOString()
  const [signatures, pending] = await Promise.all([weekSignatures(payload, user, since, campaigns), pendingStories(payload, user, stories)])
  return { signatures, pendingStories: pending }
}
