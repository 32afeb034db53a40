import type { Metadata } from 'next'

import { getSite } from '@/lib/content/getSite'
import type { SiteInfo } from '@/lib/content/types'
import { getEnv } from '@/lib/env'

import type { SiteContext } from './jsonLd'
import logo from './logo.png'
import { buildMetadata, type PageSeo, type SiteSeo } from './metadata'
import shareDefault from './share-default.png'

const FALLBACK_DESCRIPTION = 'News, bargaining updates and campaigns for the coalition’s healthcare workers.'

export function siteDescription(site: Pick<SiteInfo, 'tagline'>): string {
  return site.tagline ?? FALLBACK_DESCRIPTION
}

/** Site-level inputs of the builders: public address, and the images bundled with the app (hashed, immutable URLs). */
export function siteContext(): SiteContext {
  return { siteUrl: getEnv().SERVER_URL, logoPath: logo.src }
}

export function siteSeo(site: SiteInfo): SiteSeo {
  return {
    name: site.name,
    description: siteDescription(site),
    defaultImage: { url: shareDefault.src, width: shareDefault.width, height: shareDefault.height, alt: site.name },
  }
}

/** Metadata of a public page: buildMetadata with the site's name, description and default share image. */
export async function pageMetadata(page: PageSeo): Promise<Metadata> {
  return buildMetadata(page, siteSeo(await getSite()))
}
