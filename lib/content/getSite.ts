import { tags } from '@/lib/cacheTags'
import type { Lang } from '@/lib/i18n/languages'

import { cachedValue } from './cached'
import { safeHref } from './links'
import { payload } from './payload'
import type { SiteInfo } from './types'

export async function findSite(lang: Lang): Promise<SiteInfo> {
  const site = await (await payload()).findGlobal({ slug: 'site', depth: 0, overrideAccess: false, locale: lang, fallbackLocale: 'en' })
  return {
    name: site.name,
    tagline: site.tagline ?? null,
    memberCount: site.memberCount ?? null,
    localCount: site.localCount ?? null,
    foundedYear: site.foundedYear ?? null,
    statesServed: site.statesServed ?? [],
    offices: (site.offices ?? []).map((office) => ({
      label: office.label,
      street: office.street,
      city: office.city,
      state: office.state,
      postalCode: office.postalCode,
      phone: office.phone ?? null,
    })),
    social: (site.social ?? []).flatMap((link) => {
      const href = safeHref(link.url)
      return href ? [{ platform: link.platform, href }] : []
    }),
    footerNote: site.footerNote ?? null,
  }
}

export const getSite = cachedValue('site', findSite, [tags.site])
