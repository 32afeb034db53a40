import type { Member } from '@/payload-types'

import { payload } from './payload'
import { isSlug } from './slugify'

export type MySignature = { name: string; signedAt: string | null }

/**
 * The personal part of a petition: who the member signs as, and whether (when) they already signed.
 * Read as the member (their own signatures only), per request, never cached. Null for an unknown campaign.
 */
export async function getMySignature(slug: string, member: Member): Promise<MySignature | null> {
  if (!isSlug(slug)) return null
  const api = await payload()
  const user = { ...member, collection: 'members' as const }
  const { docs: campaigns } = await api.find({
    collection: 'campaigns',
    overrideAccess: false,
    user,
    draft: false,
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    select: { slug: true },
    depth: 0,
    limit: 1,
    pagination: false,
  })
  const campaign = campaigns[0]
  if (!campaign) return null
  const { docs } = await api.find({
    collection: 'signatures',
    overrideAccess: false,
    user,
    where: { and: [{ campaign: { equals: campaign.id } }, { member: { equals: member.id } }] },
    select: { createdAt: true },
    depth: 0,
    limit: 1,
    pagination: false,
  })
  return { name: member.name, signedAt: docs[0]?.createdAt ?? null }
}
