import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import type { Announcement, BargainingUpdate, Campaign } from '@/payload-types'

import { campaignStatusLabel, topicLabel } from './labels'
import { contentHref } from './links'
import { toPicture } from './media'
import { isMembersOnly } from './audience'
import { toRegionTags } from './relations'
import { shownInEnglishOnly } from './translation'
import type { FeedItem } from './types'

// Field selections for teasers; the reshapers below read exactly these.
export const announcementTeaserSelect = {
  title: true,
  slug: true,
  summary: true,
  publishedAt: true,
  heroImage: true,
  topics: true,
  regions: true,
  audience: true,
  spanishStatus: true,
} as const

export const bargainingTeaserSelect = {
  title: true,
  slug: true,
  summary: true,
  publishedAt: true,
  table: true,
  regions: true,
  audience: true,
  spanishStatus: true,
} as const

export const campaignTeaserSelect = {
  title: true,
  slug: true,
  summary: true,
  publishedAt: true,
  heroImage: true,
  status: true,
  regions: true,
  audience: true,
  spanishStatus: true,
} as const

type AnnouncementTeaser = Pick<Announcement, 'id' | 'title' | 'slug' | 'summary' | 'publishedAt' | 'heroImage' | 'topics' | 'regions' | 'audience' | 'spanishStatus'>
type BargainingTeaser = Pick<BargainingUpdate, 'id' | 'title' | 'slug' | 'summary' | 'publishedAt' | 'table' | 'regions' | 'audience' | 'spanishStatus'>
type CampaignTeaser = Pick<Campaign, 'id' | 'title' | 'slug' | 'summary' | 'publishedAt' | 'heroImage' | 'status' | 'regions' | 'audience' | 'spanishStatus'>

// Teasers are read in one language (readers are cached per language): the kicker is in it, and
// englishOnly says the Spanish site is showing the item's English text.

export function announcementItem(doc: AnnouncementTeaser, lang: Lang): FeedItem {
  return {
    key: `announcement-${doc.id}`,
    kind: 'announcement',
    title: doc.title,
    summary: doc.summary ?? null,
    href: contentHref('announcement', doc.slug ?? String(doc.id)),
    publishedAt: doc.publishedAt ?? null,
    kicker: topicLabel(doc.topics?.[0], lang) || messages(lang).news.kicker,
    image: toPicture(doc.heroImage),
    regions: toRegionTags(doc.regions),
    membersOnly: isMembersOnly(doc),
    englishOnly: shownInEnglishOnly(doc, lang),
  }
}

export function bargainingItem(doc: BargainingTeaser, lang: Lang): FeedItem {
  return {
    key: `bargaining-${doc.id}`,
    kind: 'bargaining',
    title: doc.title,
    summary: doc.summary ?? null,
    href: contentHref('bargaining', doc.slug ?? String(doc.id)),
    publishedAt: doc.publishedAt ?? null,
    kicker: `${messages(lang).bargaining.title} · ${doc.table}`,
    image: null,
    regions: toRegionTags(doc.regions),
    membersOnly: isMembersOnly(doc),
    englishOnly: shownInEnglishOnly(doc, lang),
  }
}

export function campaignItem(doc: CampaignTeaser, lang: Lang): FeedItem {
  return {
    key: `campaign-${doc.id}`,
    kind: 'campaign',
    title: doc.title,
    summary: doc.summary ?? null,
    href: contentHref('campaign', doc.slug ?? String(doc.id)),
    publishedAt: doc.publishedAt ?? null,
    kicker: `${messages(lang).campaigns.kicker} · ${campaignStatusLabel(doc.status, lang)}`,
    image: toPicture(doc.heroImage),
    regions: toRegionTags(doc.regions),
    membersOnly: isMembersOnly(doc),
    englishOnly: shownInEnglishOnly(doc, lang),
  }
}

/** Newest first by publish time (undated last), keeping at most `limit` and dropping `exclude`. */
export function mergeNewestFirst(lists: FeedItem[][], limit: number, exclude: ReadonlySet<string> = new Set()): FeedItem[] {
  const time = (item: FeedItem) => (item.publishedAt ? Date.parse(item.publishedAt) : Number.NEGATIVE_INFINITY)
  return lists
    .flat()
    .filter((item) => !exclude.has(item.key))
    .sort((a, b) => time(b) - time(a) || a.key.localeCompare(b.key))
    .slice(0, limit)
}
