import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import { formatMonthYear } from './format'
import type { Leader } from './types'

export type LeadershipRoster = { current: Leader[]; past: Leader[] }

/** Current and interim leaders in editor order; past leaders by most recent term first. */
export function splitLeaders(leaders: Leader[]): LeadershipRoster {
  const endTime = (leader: Leader) => Date.parse(leader.termEnd ?? leader.termStart ?? '') || 0
  return {
    current: leaders.filter((leader) => leader.status !== 'former'),
    past: leaders.filter((leader) => leader.status === 'former').sort((a, b) => endTime(b) - endTime(a)),
  }
}

/** "September 2022 – June 2025", "Since June 2025", "Until January 2020" (and in Spanish), or "" when the term is unknown. */
export function leaderTerm(leader: Pick<Leader, 'termStart' | 'termEnd'>, lang: Lang): string {
  const t = messages(lang)
  const start = formatMonthYear(leader.termStart, lang)
  const end = formatMonthYear(leader.termEnd, lang)
  if (start && end) return t.leadership.termRange(start, end)
  if (start) return t.leadership.termSince(start)
  if (end) return t.leadership.termUntil(end)
  return ''
}
