import type { RegionCode } from './regions'

/** Development-only member accounts (sign in at /signin), listed in the README. Never seeded when NODE_ENV=production. */
export const DEMO_MEMBER_PASSWORD = 'Demo-member-2026!'

type EmailChoices = { bargaining: boolean; actions: boolean; digest: boolean }

// Maria reads Spanish at home: the site and her e-mails are in Spanish once she signs in.
// What each receives shows the e-mail feature: Maria bargaining alerts and the digest, James only the digest.
export const DEMO_MEMBERS: Array<{ email: string; name: string; region: RegionCode; local: string; worksite: string; preferredLanguage: 'en' | 'es'; emailPreferences: EmailChoices }> = [
  { email: 'maria.member@coalition.test', name: 'Maria Santos', region: 'ncal', local: 'OPEIU Local 29', worksite: 'Oakland Medical Center, outpatient pharmacy', preferredLanguage: 'es', emailPreferences: { bargaining: true, actions: false, digest: true } },
  { email: 'james.member@coalition.test', name: 'James Okafor', region: 'scal', local: 'SEIU-UHW', worksite: 'Downey Medical Center, clinical lab', preferredLanguage: 'en', emailPreferences: { bargaining: false, actions: false, digest: true } },
]
