import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { Footer } from '@/components/Layout/Footer'
import { Header } from '@/components/Layout/Header'
import { getSite } from '@/lib/content/getSite'
import { getEnv } from '@/lib/env'

import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSite()
  return {
    // Resolves relative image URLs in link previews (Open Graph) to the public address.
    metadataBase: new URL(getEnv().SERVER_URL),
    title: { default: site.name, template: `%s · ${site.name}` },
    description: site.tagline ?? 'News, bargaining updates and campaigns for the coalition’s healthcare workers.',
    alternates: { types: { 'application/rss+xml': [{ url: '/feed.xml', title: site.name }] } },
  }
}

export const viewport: Viewport = { themeColor: '#4a1a7e', width: 'device-width', initialScale: 1 }

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-US">
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <Header />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <Footer />
      </body>
    </html>
  )
}
