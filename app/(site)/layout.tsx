import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { Footer } from '@/components/Layout/Footer'
import { Header } from '@/components/Layout/Header'
import { PreviewBanner } from '@/components/Preview/PreviewBanner'
import { getPreviewStaff } from '@/lib/auth/viewer'
import { getRegions } from '@/lib/content/getRegions'
import { getSite } from '@/lib/content/getSite'
import { getEnv } from '@/lib/env'
import { viewerHintsScript } from '@/lib/members/viewerHints'
import { siteDescription } from '@/lib/seo/site'

import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSite()
  return {
    // Resolves relative canonical and image URLs (Open Graph, Twitter) to the public address.
    metadataBase: new URL(getEnv().SERVER_URL),
    title: { default: site.name, template: `%s · ${site.name}` },
    description: siteDescription(site),
    alternates: { types: { 'application/rss+xml': [{ url: '/feed.xml', title: site.name }] } },
  }
}

export const viewport: Viewport = { themeColor: '#4a1a7e', width: 'device-width', initialScale: 1 }

export default async function SiteLayout({ children }: { children: ReactNode }) {
  // Outside draft mode this is null without reading the request, so the layout stays static.
  const [staff, site, regions] = await Promise.all([getPreviewStaff(), getSite(), getRegions()])
  return (
    // The hints script sets data-region / data-signed-in on <html> before React hydrates.
    <html lang="en-US" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: viewerHintsScript(regions.map((region) => region.code)) }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        {staff ? <PreviewBanner /> : null}
        <Header site={site} regions={regions} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <Footer site={site} />
      </body>
    </html>
  )
}
