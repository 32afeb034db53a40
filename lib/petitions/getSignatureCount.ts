import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/**
 * Signatures counted in the database (never typed by hand); the (campaign) index makes this cheap.
 * The total is public even though the rows are staff-only, hence overrideAccess on a count.
 */
export async function getSignatureCount(campaignId: number, payload?: Payload): Promise<number> {
  const db = payload ?? (await getPayload({ config }))
  const { totalDocs } = await db.count({ collection: 'signatures', where: { campaign: { equals: campaignId } }, overrideAccess: true })
  return totalDocs
}
