import { getSite } from '@/lib/content/getSite'
import { organizationJsonLd } from '@/lib/seo/jsonLd'
import { siteContext } from '@/lib/seo/site'

import { JsonLd } from './JsonLd'

/** The coalition as a schema.org Organization: offices, phone numbers and social profiles. */
export async function OrganizationJsonLd() {
  return <JsonLd data={organizationJsonLd(await getSite(), siteContext())} />
}
