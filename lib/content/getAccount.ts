import type { Member } from '@/payload-types'

import { payload } from './payload'

export type AccountSignature = { id: number; campaignTitle: string; campaignSlug: string | null; signedAt: string }
export type AccountStory = { id: number; title: string; status: string; moderatorNote: string | null; submittedAt: string }

/**
 * What /account lists: the member's own signatures and stories. Personal, so read per request and never
 * cached; each query selects only what the page shows (a signature's campaign: its title and slug).
 */
export async function getAccount(member: Member): Promise<{ signatures: AccountSignature[]; stories: AccountStory[] }> {
  const api = await payload()
  const user = { ...member, collection: 'members' as const }
  const [signatures, stories] = await Promise.all([
    api.find({
      collection: 'signatures',
      overrideAccess: false,
      user,
      where: { member: { equals: member.id } },
      select: { campaign: true, createdAt: true },
      populate: { campaigns: { title: true, slug: true } },
      depth: 1,
      limit: 100,
      pagination: false,
      sort: '-createdAt',
    }),
    // Members may not filter by `submitter` (it would unmask anonymous stories), so the server scopes
    // this query to the member itself.
    api.find({
      collection: 'stories',
      overrideAccess: true,
      where: { submitter: { equals: member.id } },
      depth: 0,
      limit: 100,
      pagination: false,
      sort: '-createdAt',
      select: { label: true, status: true, moderatorNote: true, createdAt: true },
    }),
  ])
  return {
    signatures: signatures.docs.map((doc) => {
      const campaign = typeof doc.campaign === 'object' ? doc.campaign : null
      return { id: doc.id, campaignTitle: campaign?.title ?? 'A campaign', campaignSlug: campaign?.slug ?? null, signedAt: doc.createdAt }
    }),
    stories: stories.docs.map((doc) => ({
      id: doc.id,
      title: doc.label ?? 'Story',
      status: doc.status,
      moderatorNote: doc.moderatorNote ?? null,
      submittedAt: doc.createdAt,
    })),
  }
}
