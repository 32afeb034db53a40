// What members read for the values stored in option fields (lib/content/options.ts keeps the values
// and the admin's English labels). Each value maps to its message explicitly, so the catalogue check
// sees every key and a new option without a message fails to type-check.
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import { AUTHORED_BY, BARGAINING_STATUS, CAMPAIGN_STATUS, TOPICS, type OptionValue } from './options'

export type Topic = OptionValue<typeof TOPICS>
type BargainingStatusValue = OptionValue<typeof BARGAINING_STATUS>
type CampaignStatusValue = OptionValue<typeof CAMPAIGN_STATUS>
type AuthoredByValue = OptionValue<typeof AUTHORED_BY>

function topicNames(lang: Lang): Record<Topic, string> {
  const t = messages(lang)
  return {
    bonus: t.news.topicBonus,
    staffing: t.news.topicStaffing,
    benefits: t.news.topicBenefits,
    wages: t.news.topicWages,
    leadership: t.news.topicLeadership,
    bargaining: t.news.topicBargaining,
    solidarity: t.news.topicSolidarity,
    partnership: t.news.topicPartnership,
    health: t.news.topicHealth,
  }
}

function bargainingStatusNames(lang: Lang): Record<BargainingStatusValue, string> {
  const t = messages(lang)
  return {
    preparing: t.bargaining.statusPreparing,
    'in-session': t.bargaining.statusInSession,
    'proposals-exchanged': t.bargaining.statusProposalsExchanged,
    'strike-notice': t.bargaining.statusStrikeNotice,
    strike: t.bargaining.statusStrike,
    'tentative-agreement': t.bargaining.statusTentativeAgreement,
    ratified: t.bargaining.statusRatified,
  }
}

function campaignStatusNames(lang: Lang): Record<CampaignStatusValue, string> {
  const t = messages(lang)
  return {
    upcoming: t.campaigns.statusUpcoming,
    active: t.campaigns.statusActive,
    won: t.campaigns.statusWon,
    closed: t.campaigns.statusClosed,
  }
}

function authoredByNames(lang: Lang): Record<AuthoredByValue, string> {
  const t = messages(lang)
  return {
    coalition: t.bargaining.authoredCoalition,
    employer: t.bargaining.authoredEmployer,
    joint: t.bargaining.authoredJoint,
    partner: t.bargaining.authoredPartner,
  }
}

/** The label of a stored value; a value no longer on the list shows as stored, nothing as ''. */
const lookup =
  <Value extends string>(names: (lang: Lang) => Record<Value, string>) =>
  (value: string | null | undefined, lang: Lang): string => {
    if (!value) return ''
    const labels: Record<string, string> = names(lang)
    return (Object.hasOwn(labels, value) ? labels[value] : undefined) ?? value
  }

export const topicLabel = lookup(topicNames)
export const bargainingStatusLabel = lookup(bargainingStatusNames)
export const campaignStatusLabel = lookup(campaignStatusNames)
export const authoredByLabel = lookup(authoredByNames)

export function isTopic(value: string | null | undefined): value is Topic {
  return TOPICS.some((topic) => topic.value === value)
}

/** The topics for the news filter, in the admin's order, labelled in the reader's language. */
export function topicOptions(lang: Lang): Array<{ value: Topic; label: string }> {
  const names = topicNames(lang)
  return TOPICS.map(({ value }) => ({ value, label: names[value] }))
}

const socialNames: Record<string, string> = { x: 'X (Twitter)', tiktok: 'TikTok', linkedin: 'LinkedIn', youtube: 'YouTube' }

export function socialLabel(platform: string): string {
  return socialNames[platform] ?? platform.charAt(0).toUpperCase() + platform.slice(1)
}
