import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { HomeView } from '@/components/Home/HomeView'
import { OrganizationJsonLd } from '@/components/seo/OrganizationJsonLd'
import { getRegionByCode, getRegions } from '@/lib/content/getRegions'
import { getSite } from '@/lib/content/getSite'
import { pageMetadata } from '@/lib/seo/site'

// The home page for a visitor whose saved region is <region>: the rewrites in next.config.ts send / here, so each
// region's home is a static page revalidated by tag rather than rendered per request.
export const revalidate = 300

export async function generateStaticParams() {
  return (await getRegions()).map((region) => ({ region: region.code }))
}

// Served at / (a rewrite), so it describes / and is never indexed under its own address.
export async function generateMetadata(): Promise<Metadata> {
  const site = await getSite()
  return pageMetadata({ title: site.name, absoluteTitle: true, description: site.tagline, path: '/', noindex: true })
}

export default async function RegionHomePage({ params }: { params: Promise<{ region: string }> }) {
  const { region } = await params
  if (!(await getRegionByCode(region))) notFound()
  return (
    <>
      <OrganizationJsonLd />
      <HomeView regionCode={region} />
    </>
  )
}
