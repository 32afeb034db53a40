export const MAIN_NAV = [
  { href: '/news', label: 'News' },
  { href: '/bargaining', label: 'Bargaining' },
  { href: '/campaigns', label: 'Campaigns' },
  { href: '/leadership', label: 'Leadership' },
  { href: '/about', label: 'About' },
] as const
