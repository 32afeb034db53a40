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
