import { localizedPath, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import type { Campaign } from '@/payload-types'

import { isMembersOnly } from './audience'
import { formatCount } from './format'
import { contentHref, newStoryHref, safeHref } from './links'
import { mediaDownload, toPicture } from './media'
import { toRegionTags } from './relations'
import { shownInEnglishOnly } from './translation'
import type { CallToAction, CampaignCard, CampaignStatus, Goal, GoalUnit } from './types'

export const campaignCardSelect = {
  title: true,
  slug: true,
  status: true,
  summary: true,
  heroImage: true,
  goal: true,
  regions: true,
  publishedAt: true,
  // Cards need to know whether the campaign collects signatures on its page (their count replaces the typed progress).
  cta: true,
  audience: true,
  spanishStatus: true,
} as const

type CardDoc = Pick<Campaign, 'id' | 'title' | 'status'> &
  Partial<Pick<Campaign, 'slug' | 'summary' | 'heroImage' | 'goal' | 'regions' | 'publishedAt' | 'cta' | 'audience' | 'spanishStatus'>>

/** A goal is shown only when it has a target to measure against. */
export function toGoal(goal: Campaign['goal']): Goal | null {
  if (!goal?.target || goal.target <= 0) return null
  return {
    target: goal.target,
    progress: Math.max(0, goal.progress ?? 0),
    unit: goal.unit ?? 'percent',
    label: goal.label?.trim() || null,
    result: goal.result?.trim() || null,
  }
}

/** How far along the goal is, 0–100, rounded down so "100%" means it is really reached. */
export function progressPercent(goal: Pick<Goal, 'target' | 'progress'>): number {
  if (goal.target <= 0) return 0
  return Math.min(100, Math.max(0, Math.floor((goal.progress / goal.target) * 100)))
}

/** What is counted when the goal has no label of its own ("12 of 500 actions"). */
function unitName(unit: Exclude<GoalUnit, 'percent'>, lang: Lang): string {
  const t = messages(lang)
  switch (unit) {
    case 'signatures':
      return t.campaigns.unitSignatures
    case 'members':
      return t.campaigns.unitMembers
    case 'actions':
      return t.campaigns.unitActions
  }
}

/** "40% of prescriptions delivered by mail (goal: 40%)", "312 of 500 stories shared"; in the reader's language. */
export function describeGoal(goal: Goal, lang: Lang): string {
  const t = messages(lang)
  if (goal.unit === 'percent') return t.campaigns.goalPercent(goal.progress, goal.label, goal.target)
  return t.campaigns.goalCount(formatCount(goal.progress, lang), formatCount(goal.target, lang), goal.label ?? unitName(goal.unit, lang))
}

const statusOrder: Record<CampaignStatus, number> = { active: 0, upcoming: 1, won: 2, closed: 3 }

/** Active campaigns first, then upcoming, won and closed; newest first within each. */
export function sortCampaigns<T extends Pick<CampaignCard, 'status' | 'publishedAt'>>(cards: T[]): T[] {
  const time = (iso: string | null) => (iso ? Date.parse(iso) : 0)
  return [...cards].sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || time(b.publishedAt) - time(a.publishedAt))
}

/** An active campaign whose "sign" or "pledge" action happens on its own page collects signatures there. */
export function collectsSignatures(status: CampaignStatus, cta: CallToAction | null): boolean {
  return status === 'active' && cta !== null && cta.href === null && (cta.kind === 'sign' || cta.kind === 'pledge')
}

/** A campaign's card as read in one language; englishOnly: the Spanish site shows its English text. */
export function toCampaignCard(doc: CardDoc, lang: Lang): CampaignCard {
  const slug = doc.slug ?? String(doc.id)
  return {
    id: doc.id,
    slug,
    href: contentHref('campaign', slug),
    title: doc.title,
    status: doc.status,
    summary: doc.summary ?? null,
    image: toPicture(doc.heroImage),
    goal: toGoal(doc.goal),
    regions: toRegionTags(doc.regions),
    publishedAt: doc.publishedAt ?? null,
    collectsSignatures: collectsSignatures(doc.status, toCallToAction(doc.cta)),
    signatureCount: null,
    membersOnly: isMembersOnly(doc),
    englishOnly: shownInEnglishOnly(doc, lang),
  }
}

/** "Share your story" opens the story form with this campaign chosen, unless staff linked somewhere else. */
function storyFormHref(url: string | null | undefined, campaignId: number): string | null {
  if (!url?.trim() || url.trim().replace(/\/+$/, '') === '/stories/new') return newStoryHref(campaignId)
  return safeHref(url)
}

/** What a campaign asks members to do: its file for downloads, else its link, else an on-page action. */
export function toCallToAction(cta: Campaign['cta'], campaignId?: number): CallToAction | null {
  if (!cta?.label?.trim()) return null
  const file = cta.kind === 'download' ? mediaDownload(cta.file) : null
  const href = file?.href ?? (cta.kind === 'share-story' && campaignId ? storyFormHref(cta.url, campaignId) : safeHref(cta.url))
  // A download without its file, or an unsafe link, has nothing to offer.
  if (!href && (cta.kind === 'download' || cta.url?.trim())) return null
  return { label: cta.label.trim(), href, kind: cta.kind ?? null, download: Boolean(file) }
}

/**
 * Where a call to action goes for a reader of this language: a page of the site in that language;
 * files (uploads, downloads), anchors and other sites as they are.
 */
export function actionHref(href: string, lang: Lang): string {
  if (!href.startsWith('/') || href.startsWith('//') || href.startsWith('/api/')) return href
  return localizedPath(lang, href)
}
