import type { Metadata, Viewport } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { Footer } from '@/components/Layout/Footer'
import { Header } from '@/components/Layout/Header'
import { getRegions } from '@/lib/content/getRegions'
import { getSite } from '@/lib/content/getSite'
import { getEnv } from '@/lib/env'
import { INTL_LOCALE, isLang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

import '../../(site)/globals.css'

// Signed-in pages: personal, never cached, never indexed.
export const dynamic = 'force-dynamic'

type Props = { children: ReactNode; params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { lang } = await params
  const site = await getSite(isLang(lang) ? lang : 'en')
  return {
    metadataBase: new URL(getEnv().SERVER_URL),
    title: { default: site.name, template: `%s · ${site.name}` },
    robots: { index: false, follow: false },
  }
}

export const viewport: Viewport = { themeColor: '#4a1a7e', width: 'device-width', initialScale: 1 }

export default async function MembersLayout({ children, params }: Props) {
  const { lang } = await params
  if (!isLang(lang)) notFound()
  const t = messages(lang)
  const [site, regions] = await Promise.all([getSite(lang), getRegions(lang)])
  return (
    <html lang={INTL_LOCALE[lang]}>
      <body>
        <a className="skip-link" href="#main">
          {t.layout.skipLink}
        </a>
        <Header site={site} regions={regions} lang={lang} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <Footer site={site} lang={lang} />
      </body>
    </html>
  )
}
