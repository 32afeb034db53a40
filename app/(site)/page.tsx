import type { Metadata } from 'next'

import { HomeView } from '@/components/Home/HomeView'
import { OrganizationJsonLd } from '@/components/seo/OrganizationJsonLd'
import { getSite } from '@/lib/content/getSite'
import { pageMetadata } from '@/lib/seo/site'

// Static for everyone; a saved region is served from /home/<code> (next.config.ts rewrites), also static.
export const revalidate = 300

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSite()
  return pageMetadata({ title: site.name, absoluteTitle: true, description: site.tagline, path: '/' })
}

export default function HomePage() {
  return (
    <>
      <OrganizationJsonLd />
      <HomeView regionCode={null} />
    </>
  )
}
