import type { SiteInfo } from '@/lib/content/types'
import { organizationJsonLd } from '@/lib/seo/jsonLd'
import { siteContext } from '@/lib/seo/site'

import { JsonLd } from './JsonLd'

/** The coalition as a schema.org Organization: offices, phone numbers and social profiles. */
export function OrganizationJsonLd({ site }: { site: SiteInfo }) {
  return <JsonLd data={organizationJsonLd(site, siteContext())} />
}
