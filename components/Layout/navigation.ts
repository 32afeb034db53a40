import { localizedPath, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

/** The main sections, in a language: `path` is the unprefixed path (for marking the current one). */
export function mainNav(lang: Lang) {
  const t = messages(lang)
  return [
    { path: '/news', label: t.layout.navNews },
    { path: '/bargaining', label: t.layout.navBargaining },
    { path: '/campaigns', label: t.layout.navCampaigns },
    { path: '/leadership', label: t.layout.navLeadership },
    { path: '/about', label: t.layout.navAbout },
  ].map((item) => ({ ...item, href: localizedPath(lang, item.path) }))
}
