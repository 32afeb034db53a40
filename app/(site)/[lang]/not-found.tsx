import type { Metadata } from 'next'
import Link from 'next/link'

import { SearchForm } from '@/components/Layout/SearchForm'
import { FeedList } from '@/components/News/FeedList'
import { PageHeader } from '@/components/ui/PageHeader'
import { Section } from '@/components/ui/Section'
import { getWhatsNew } from '@/lib/content/getWhatsNew'
import { localizedPath, toLang, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pageMetadata } from '@/lib/seo/site'

import { InPageLanguage } from './InPageLanguage.client'
import styles from './not-found.module.css'

// Next also marks 404 responses noindex; saying it here covers a not-found streamed with a 200.
// (Next may call it without params here, as it renders the file without them: then English.)
export async function generateMetadata({ params }: { params?: Promise<{ lang?: string }> }): Promise<Metadata> {
  const lang = toLang((await params)?.lang)
  return pageMetadata({ lang, title: messages(lang).errors.notFoundTitle, path: null, noindex: true })
}

async function NotFoundView({ lang }: { lang: Lang }) {
  const t = messages(lang)
  const latest = await getWhatsNew({ regionId: null, limit: 5, lang })
  const link = (path: string) => localizedPath(lang, path)
  return (
    <div className="container">
      <PageHeader title={t.errors.notFoundHeading} lead={t.errors.notFoundLead} />
      <div className={styles.help}>
        <SearchForm id="not-found-search" lang={lang} />
        <ul className={styles.links}>
          <li>
            <Link href={link('/')}>{t.errors.notFoundHome}</Link>
          </li>
          <li>
            <Link href={link('/news')}>{t.layout.navNews}</Link>
          </li>
          <li>
            <Link href={link('/bargaining')}>{t.layout.navBargaining}</Link>
          </li>
          <li>
            <Link href={link('/campaigns')}>{t.layout.navCampaigns}</Link>
          </li>
          <li>
            <Link href={link('/contact')}>{t.layout.navContact}</Link>
          </li>
        </ul>
      </div>
      {latest.length > 0 ? (
        <Section id="latest" title={t.errors.notFoundLatest} more={{ href: link('/news'), label: t.errors.notFoundAllNews }}>
          <FeedList items={latest} lang={lang} />
        </Section>
      ) : null}
    </div>
  )
}

// A not-found page gets no params: both languages are rendered (static, cached reads) and the page's is shown.
export default function NotFound() {
  return <InPageLanguage en={<NotFoundView lang="en" />} es={<NotFoundView lang="es" />} />
}
