import type { Metadata } from 'next'

import { HomeView } from '@/components/Home/HomeView'
import { RegionViews } from '@/components/Regions/RegionViews'
import { OrganizationJsonLd } from '@/components/seo/OrganizationJsonLd'
import { getHome } from '@/lib/content/getHome'
import { getRegions } from '@/lib/content/getRegions'
import { getSite } from '@/lib/content/getSite'
import { pageMetadata } from '@/lib/seo/site'

// Static for everyone, refreshed by tag; the saved region picks one of the page's region views in
// the browser (RegionViews), so a region cookie never makes this page render per request.
export const revalidate = 300

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSite()
  return pageMetadata({ title: site.name, absoluteTitle: true, description: site.tagline, path: '/' })
}

export default async function HomePage() {
  const [site, regions] = await Promise.all([getSite(), getRegions()])
  const views = await Promise.all(
    [null, ...regions].map(async (region) => ({
      code: region?.code ?? null,
      view: <HomeView site={site} region={region} content={await getHome(region?.id ?? null)} />,
    })),
  )
  return (
    <>
      <OrganizationJsonLd />
      <RegionViews views={views} />
    </>
  )
}
