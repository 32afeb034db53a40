import type { Metadata } from 'next'

import { HomeView } from '@/components/Home/HomeView'
import styles from '@/components/Home/HomeView.module.css'
import { SavedRegionHome } from '@/components/Home/SavedRegionHome.client'
import { OrganizationJsonLd } from '@/components/seo/OrganizationJsonLd'
import { getHome } from '@/lib/content/getHome'
import { getSite } from '@/lib/content/getSite'
import { toLang } from '@/lib/i18n/languages'
import { pageMetadata } from '@/lib/seo/site'

// Static for everyone, refreshed by tag. A saved region is drawn in the browser (SavedRegionHome), so
// the region cookie never makes this page render per request.
export const revalidate = 300

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = toLang((await params).lang)
  const site = await getSite(lang)
  return pageMetadata({ lang, title: site.name, absoluteTitle: true, description: site.tagline, path: '/' })
}

export default async function HomePage({ params }: Props) {
  const lang = toLang((await params).lang)
  const [site, content] = await Promise.all([getSite(lang), getHome(null, lang)])
  return (
    <>
      <OrganizationJsonLd site={site} />
      <div className={styles.allRegions}>
        <HomeView site={site} region={null} content={content} lang={lang} />
      </div>
      <SavedRegionHome site={site} lang={lang} />
    </>
  )
}
