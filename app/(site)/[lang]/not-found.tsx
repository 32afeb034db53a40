import type { Metadata } from 'next'
import Link from 'next/link'

import { SearchForm } from '@/components/Layout/SearchForm'
import { FeedList } from '@/components/News/FeedList'
import { PageHeader } from '@/components/ui/PageHeader'
import { Section } from '@/components/ui/Section'
import { getWhatsNew } from '@/lib/content/getWhatsNew'
import { pageMetadata } from '@/lib/seo/site'

import styles from './not-found.module.css'

// Next also marks 404 responses noindex; saying it here covers a not-found streamed with a 200.
export function generateMetadata(): Promise<Metadata> {
  return pageMetadata({ title: 'Page not found', path: null, noindex: true })
}

export default async function NotFound() {
  const latest = await getWhatsNew({ regionId: null, limit: 5 })
  return (
    <div className="container">
      <PageHeader title="We can’t find that page" lead="It may have moved, or the link may be mistyped. Try a search, or start from one of these." />
      <div className={styles.help}>
        <SearchForm id="not-found-search" label="Search the site" />
        <ul className={styles.links}>
          <li>
            <Link href="/">Home</Link>
          </li>
          <li>
            <Link href="/news">News</Link>
          </li>
          <li>
            <Link href="/bargaining">Bargaining</Link>
          </li>
          <li>
            <Link href="/campaigns">Campaigns</Link>
          </li>
          <li>
            <Link href="/contact">Contact</Link>
          </li>
        </ul>
      </div>
      {latest.length > 0 ? (
        <Section id="latest" title="Latest news" more={{ href: '/news', label: 'All news' }}>
          <FeedList items={latest} />
        </Section>
      ) : null}
    </div>
  )
}
