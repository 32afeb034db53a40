import { tags } from '@/lib/cacheTags'

import { toAudience } from './audience'
import { detailReader } from './cached'
import { campaignCardSelect, toCallToAction, toCampaignCard } from './campaigns'
import { mediaDownload, mediaSelect } from './media'
import { payload, type ReadAs } from './payload'
import { localSelect, regionSelect, toLocalTags } from './relations'
import { withSignatureProgress } from './signatureProgress'
import { linkedDocSelect, toRichText } from './richText'
import type { CampaignDetail, Download } from './types'
import { visibleWhere } from './where'
import { isSlug } from './slugify'

async function findCampaign(slug: string, read: ReadAs): Promise<CampaignDetail | null> {
  if (!isSlug(slug)) return null
  const { docs } = await (await payload()).find({
    collection: 'campaigns',
    ...read,
    where: visibleWhere(read, { slug: { equals: slug } }),
    select: { ...campaignCardSelect, body: true, demands: true, cta: true, hashtags: true, toolkit: true, keyDates: true, locals: true },
    limit: 1,
    depth: 1,
    pagination: false,
    populate: { media: mediaSelect, regions: regionSelect, locals: localSelect, ...linkedDocSelect },
  })
  const doc = docs[0]
  if (!doc) return null
  const [card] = await withSignatureProgress([toCampaignCard(doc, read.locale)])
  return {
    ...card!,
    body: toRichText(doc.body),
    demands: (doc.demands ?? []).map((row) => ({ demand: row.demand, detail: row.detail ?? null })),
    cta: toCallToAction(doc.cta, doc.id),
    hashtags: (doc.hashtags ?? []).map((tag) => tag.replace(/^#+/, '').trim()).filter(Boolean),
    toolkit: (doc.toolkit ?? []).map((file) => mediaDownload(file)).filter((file): file is Download => file !== null),
    keyDates: (doc.keyDates ?? [])
      .map((row) => ({ date: row.date, label: row.label }))
      .sort((a, b) => a.date.localeCompare(b.date)),
    locals: toLocalTags(doc.locals),
    ...toAudience(doc, read),
  }
}

/** /campaigns/[slug] and its members-only piece (see detailReader). */
export const getCampaignBySlug = detailReader('campaign', findCampaign, (slug) => [
  tags.campaigns,
  tags.campaign(slug),
  tags.media,
  tags.regions,
  tags.locals,
])
