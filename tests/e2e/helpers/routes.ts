// Public routes with seeded content, shared by the accessibility and screenshot specs.
export const ARTICLE = '/news/california-retention-bonuses-up-to-1-500-for-eligible-workers'
export const BARGAINING_UPDATE = '/bargaining/session-4-total-compensation-and-the-staffing-goal'
export const CAMPAIGN = '/campaigns/partnership-open-letter'
/** Seeded members-only: visitors get the lock and the sign-in prompt. */
export const MEMBERS_ONLY_ARTICLE = '/news/employer-s-first-2021-bonus-offer-falls-short'

export const PUBLIC_ROUTES = [
  '/',
  '/news',
  '/news?topic=bonus',
  ARTICLE,
  MEMBERS_ONLY_ARTICLE,
  '/bargaining',
  BARGAINING_UPDATE,
  '/campaigns',
  CAMPAIGN,
  '/leadership',
  '/about',
  '/contact',
  '/regions/scal',
  '/search?q=bonus',
  '/search?q=zzzznothing',
  '/no-such-page',
  '/signup',
  '/signin',
  '/stories',
  '/stories/new',
]

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
} as const
