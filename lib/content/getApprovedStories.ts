import { tags } from '@/lib/cacheTags'
import type { Lang } from '@/lib/i18n/languages'

import { cachedReader } from './cached'
import { payload, publicRead } from './payload'

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
async function findApprovedStories({ lang, campaignId }: { lang: Lang; campaignId: number | null }): Promise<PublicStory[]> {
  const { docs } = await (await payload()).find({
    collection: 'stories',
    where: { status: { equals: 'approved' }, ...(campaignId ? { campaign: { equals: campaignId } } : {}) },
    // Stories are members' own words, in the language they wrote; the campaign's title is in the page's language.
    ...publicRead(lang),
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

const sharedStories = cachedReader('approved-stories', findApprovedStories, () => [tags.stories])

/** /stories and a campaign's stories: shared cache (public content only), refreshed when a story is approved or withdrawn. */
export const getApprovedStories = (lang: Lang, campaignId?: number) => sharedStories({ lang, campaignId: campaignId ?? null })
