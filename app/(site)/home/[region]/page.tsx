import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { HomeView } from '@/components/Home/HomeView'
import { getRegionByCode, getRegions } from '@/lib/content/getRegions'

// The home page for a visitor whose saved region is <region>: proxy.ts rewrites / here, so each
// region's home is a static page revalidated by tag rather than rendered per request.
export const revalidate = 300

export async function generateStaticParams() {
  return (await getRegions()).map((region) => ({ region: region.code }))
}

export const metadata: Metadata = { alternates: { canonical: '/' }, robots: { index: false } }

export default async function RegionHomePage({ params }: { params: Promise<{ region: string }> }) {
  const { region } = await params
  if (!(await getRegionByCode(region))) notFound()
  return <HomeView regionCode={region} />
}
