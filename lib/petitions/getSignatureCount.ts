import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** Signatures counted in the database (never typed by hand); the (campaign) index makes this cheap. */
export async function getSignatureCount(campaignId: number, payload?: Payload): Promise<number> {
  const db = payload ?? (await getPayload({ config }))
  const { totalDocs } = await db.count({ collection: 'signatures', where: { campaign: { equals: campaignId } }, overrideAccess: true })
  return totalDocs
}

/** The same count for a campaign known by its slug (public pages hold slugs, not ids). */
export async function getSignatureCountBySlug(slug: string, payload?: Payload): Promise<number> {
  const db = payload ?? (await getPayload({ config }))
  const { totalDocs } = await db.count({ collection: 'signatures', where: { 'campaign.slug': { equals: slug } }, overrideAccess: true })
  return totalDocs
}
