import type { Metadata } from 'next'

import { HomeView } from '@/components/Home/HomeView'
import styles from '@/components/Home/HomeView.module.css'
import { SavedRegionHome } from '@/components/Home/SavedRegionHome.client'
import { OrganizationJsonLd } from '@/components/seo/OrganizationJsonLd'
import { getHome } from '@/lib/content/getHome'
import { getSite } from '@/lib/content/getSite'
import { pageMetadata } from '@/lib/seo/site'

// Static for everyone, refreshed by tag. A saved region is drawn in the browser (SavedRegionHome), so
// the region cookie never makes this page render per request.
export const revalidate = 300

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSite()
  return pageMetadata({ title: site.name, absoluteTitle: true, description: site.tagline, path: '/' })
}

export default async function HomePage() {
  const [site, content] = await Promise.all([getSite(), getHome(null)])
  return (
    <>
      <OrganizationJsonLd site={site} />
      <div className={styles.allRegions}>
        <HomeView site={site} region={null} content={content} />
      </div>
      <SavedRegionHome site={site} />
    </>
  )
}
