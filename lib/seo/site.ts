import type { Metadata } from 'next'

import { getSite } from '@/lib/content/getSite'
import type { SiteInfo } from '@/lib/content/types'
import { getEnv } from '@/lib/env'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import type { SiteContext } from './jsonLd'
import logo from './logo.png'
import { buildMetadata, type PageSeo, type SiteSeo } from './metadata'
import shareDefault from './share-default.png'

export function siteDescription(site: Pick<SiteInfo, 'tagline'>, lang: Lang): string {
  return site.tagline ?? messages(lang).common.siteDescription
}

/** Site-level inputs of the builders: public address, and the images bundled with the app (hashed, immutable URLs). */
export function siteContext(): SiteContext {
  return { siteUrl: getEnv().SERVER_URL, logoPath: logo.src }
}

export function siteSeo(site: SiteInfo, lang: Lang): SiteSeo {
  return {
    name: site.name,
    description: siteDescription(site, lang),
    defaultImage: { url: shareDefault.src, width: shareDefault.width, height: shareDefault.height, alt: site.name },
  }
}

/** Metadata of a public page: buildMetadata with the site's name, description and default share image. */
export async function pageMetadata(page: PageSeo): Promise<Metadata> {
  return buildMetadata(page, siteSeo(await getSite(page.lang), page.lang))
}
