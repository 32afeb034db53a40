import type { Metadata, Viewport } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { Footer } from '@/components/Layout/Footer'
import { Header } from '@/components/Layout/Header'
import { PreviewBanner } from '@/components/Preview/PreviewBanner'
import { getPreviewStaff } from '@/lib/auth/viewer'
import { getRegions } from '@/lib/content/getRegions'
import { getSite } from '@/lib/content/getSite'
import { getEnv } from '@/lib/env'
import { languagePreferenceScript } from '@/lib/i18n/languageScript'
import { INTL_LOCALE, isLang, languageParams, localizedPath, toLang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { viewerHintsScript } from '@/lib/members/viewerHints'
import { siteDescription } from '@/lib/seo/site'

import '../globals.css'

// Both languages are built ahead; /en/… is only reached through the rewrite of unprefixed URLs.
// (No `dynamicParams = false` here: in a layout it would also turn away every slug below not built ahead.)
export const generateStaticParams = languageParams

type Props = { children: ReactNode; params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const lang = toLang((await params).lang)
  const site = await getSite(lang)
  return {
    // Resolves relative canonical and image URLs (Open Graph, Twitter) to the public address.
    metadataBase: new URL(getEnv().SERVER_URL),
    title: { default: site.name, template: `%s · ${site.name}` },
    description: siteDescription(site, lang),
    alternates: { types: { 'application/rss+xml': [{ url: localizedPath(lang, '/feed.xml'), title: site.name }] } },
  }
}

export const viewport: Viewport = { themeColor: '#4a1a7e', width: 'device-width', initialScale: 1 }

export default async function SiteLayout({ children, params }: Props) {
  const { lang: param } = await params
  if (!isLang(param)) notFound()
  const lang = param
  const t = messages(lang)
  // Outside draft mode this is null without reading the request, so the layout stays static.
  const [staff, site, regions] = await Promise.all([getPreviewStaff(), getSite(lang), getRegions(lang)])
  return (
    // The hints script sets data-region / data-signed-in on <html> before React hydrates; the
    // language script sends a reader to their saved language when they arrive from elsewhere.
    <html lang={INTL_LOCALE[lang]} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: languagePreferenceScript(lang) }} />
        <script dangerouslySetInnerHTML={{ __html: viewerHintsScript(regions.map((region) => region.code)) }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t.layout.skipLink}
        </a>
        {staff ? <PreviewBanner lang={lang} /> : null}
        <Header site={site} regions={regions} lang={lang} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <Footer site={site} lang={lang} />
      </body>
    </html>
  )
}
