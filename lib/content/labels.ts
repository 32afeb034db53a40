import { AUTHORED_BY, BARGAINING_STATUS, CAMPAIGN_STATUS, CTA_KINDS, LEADER_STATUS, TOPICS } from './options'

type Options = ReadonlyArray<{ value: string; label: string }>

const lookup = (options: Options) => {
  const labels = new Map(options.map((option) => [option.value, option.label]))
  return (value: string | null | undefined): string => (value ? (labels.get(value) ?? value) : '')
}

export const topicLabel = lookup(TOPICS)
export const bargainingStatusLabel = lookup(BARGAINING_STATUS)
export const campaignStatusLabel = lookup(CAMPAIGN_STATUS)
export const authoredByLabel = lookup(AUTHORED_BY)
export const ctaKindLabel = lookup(CTA_KINDS)
export const leaderStatusLabel = lookup(LEADER_STATUS)

export function isTopic(value: string | null | undefined): value is (typeof TOPICS)[number]['value'] {
  return TOPICS.some((topic) => topic.value === value)
}

export const topicOptions = TOPICS
