import config from '@payload-config'
import { getPayload, type Payload, type Where } from 'payload'

async function countSignatures(where: Where, payload?: Payload): Promise<number> {
  const db = payload ?? (await getPayload({ config }))
  const { totalDocs } = await db.count({ collection: 'signatures', where, overrideAccess: true })
  return totalDocs
}

/** Signatures counted in the database (never typed by hand); the (campaign) index makes this cheap. */
export function getSignatureCount(campaignId: number, payload?: Payload): Promise<number> {
  return countSignatures({ campaign: { equals: campaignId } }, payload)
}

/** The same count for a campaign known by its slug (public pages hold slugs, not ids). */
export function getSignatureCountBySlug(slug: string, payload?: Payload): Promise<number> {
  return countSignatures({ 'campaign.slug': { equals: slug } }, payload)
}
