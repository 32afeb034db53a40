import type { RegionCode } from './regions'

/** Development-only member accounts (sign in at /signin), listed in the README. Never seeded when NODE_ENV=production. */
export const DEMO_MEMBER_PASSWORD = 'Demo-member-2026!'

export const DEMO_MEMBERS: Array<{ email: string; name: string; region: RegionCode; local: string; worksite: string }> = [
  { email: 'maria.member@coalition.test', name: 'Maria Santos', region: 'ncal', local: 'OPEIU Local 29', worksite: 'Oakland Medical Center, outpatient pharmacy' },
  { email: 'james.member@coalition.test', name: 'James Okafor', region: 'scal', local: 'SEIU-UHW', worksite: 'Downey Medical Center, clinical lab' },
]
