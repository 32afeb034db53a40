import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import type { Member } from '@/payload-types'

import { payload } from './payload'

export type AccountSignature = { id: number; campaignTitle: string; campaignSlug: string | null; signedAt: string }
export type AccountStory = { id: number; title: string; status: string; moderatorNote: string | null; submittedAt: string }

/**
 * What /account lists: the member's own signatures and stories. Personal, so read per request and never
 * cached; each query selects only what the page shows (a signature's campaign: its title and slug, in the page's language).
 */
export async function getAccount(member: Member, lang: Lang): Promise<{ signatures: AccountSignature[]; stories: AccountStory[] }> {
  const t = messages(lang)
  const api = await payload()
  const user = { ...member, collection: 'members' as const }
  const [signatures, stories] = await Promise.all([
    api.find({
      collection: 'signatures',
      overrideAccess: false,
      user,
      locale: lang,
      fallbackLocale: 'en',
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
      return { id: doc.id, campaignTitle: campaign?.title ?? t.members.untitledCampaign, campaignSlug: campaign?.slug ?? null, signedAt: doc.createdAt }
    }),
    stories: stories.docs.map((doc) => ({
      id: doc.id,
      title: doc.label ?? t.members.untitledStory,
      status: doc.status,
      moderatorNote: doc.moderatorNote ?? null,
      submittedAt: doc.createdAt,
    })),
  }
}
