import { AUTHORED_BY, BARGAINING_STATUS, CAMPAIGN_STATUS, TOPICS } from './options'

type Options = ReadonlyArray<{ value: string; label: string }>

const lookup = (options: Options) => {
  const labels = new Map(options.map((option) => [option.value, option.label]))
  return (value: string | null | undefined): string => (value ? (labels.get(value) ?? value) : '')
}

export const topicLabel = lookup(TOPICS)
export const bargainingStatusLabel = lookup(BARGAINING_STATUS)
export const campaignStatusLabel = lookup(CAMPAIGN_STATUS)
export const authoredByLabel = lookup(AUTHORED_BY)

export function isTopic(value: string | null | undefined): value is (typeof TOPICS)[number]['value'] {
  return TOPICS.some((topic) => topic.value === value)
}

export const topicOptions = TOPICS

const socialNames: Record<string, string> = { x: 'X (Twitter)', tiktok: 'TikTok', linkedin: 'LinkedIn', youtube: 'YouTube' }

export function socialLabel(platform: string): string {
  return socialNames[platform] ?? platform.charAt(0).toUpperCase() + platform.slice(1)
}
