import 'server-only'

import config from '@payload-config'
import { unstable_cache } from 'next/cache'
import { getPayload } from 'payload'

import { STORIES_TAG } from './tags'

export type PublicStory = {
  id: number
  title: string | null
  text: string | null
  byline: string | null
  region: string | null
  campaign: { title: string; slug: string } | null
  media: { url: string; kind: 'image' | 'video'; mimeType: string } | null
  publishedAt: string
}

/** Approved stories as the public sees them (anonymous read: bylines hidden when asked), newest first. */
async function findApprovedStories(campaignId?: number): Promise<PublicStory[]> {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'stories',
    where: { status: { equals: 'approved' }, ...(campaignId ? { campaign: { equals: campaignId } } : {}) },
    overrideAccess: false,
    depth: 1,
    limit: 50,
    sort: '-updatedAt',
  })
  return docs.map((doc) => {
    const region = typeof doc.region === 'object' ? doc.region : null
    const campaign = doc.campaign && typeof doc.campaign === 'object' && doc.campaign.slug ? { title: doc.campaign.title, slug: doc.campaign.slug } : null
    const media = doc.url && doc.mimeType ? { url: doc.url, mimeType: doc.mimeType, kind: doc.mimeType.startsWith('video/') ? ('video' as const) : ('image' as const) } : null
    return { id: doc.id, title: doc.title ?? null, text: doc.text ?? null, byline: doc.byline ?? null, region: region?.name ?? null, campaign, media, publishedAt: doc.updatedAt }
  })
}

/** Shared cache (public content only), refreshed when a story is approved or withdrawn. */
export const getApprovedStories = (campaignId?: number) =>
  unstable_cache(() => findApprovedStories(campaignId), ['approved-stories', String(campaignId ?? 'all')], { tags: [STORIES_TAG], revalidate: 300 })()
