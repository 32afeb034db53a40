import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { Footer } from '@/components/Layout/Footer'
import { Header } from '@/components/Layout/Header'
import { getRegions } from '@/lib/content/getRegions'
import { getSite } from '@/lib/content/getSite'
import { getEnv } from '@/lib/env'

import '../(site)/globals.css'

// Signed-in pages: personal, never cached, never indexed.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  metadataBase: new URL(getEnv().SERVER_URL),
  title: { default: 'Members', template: '%s · Coalition Portal' },
  robots: { index: false, follow: false },
}

export const viewport: Viewport = { themeColor: '#4a1a7e', width: 'device-width', initialScale: 1 }

export default async function MembersLayout({ children }: { children: ReactNode }) {
  const [site, regions] = await Promise.all([getSite(), getRegions()])
  return (
    <html lang="en-US">
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <Header site={site} regions={regions} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <Footer site={site} />
      </body>
    </html>
  )
}
