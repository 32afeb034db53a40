import type { Metadata } from 'next'

import { LeaderCard } from '@/components/Leadership/LeaderCard'
import { PastLeaders } from '@/components/Leadership/PastLeaders'
import { EmptyState } from '@/components/ui/EmptyState'
import { PageHeader } from '@/components/ui/PageHeader'
import { Section } from '@/components/ui/Section'
import type { LeadershipRoster } from '@/lib/content/leadership'
import { pageMetadata } from '@/lib/seo/site'

import styles from './LeadershipPage.module.css'

/** /leadership for everyone (static) and for signed-in viewers (/signed-in/leadership); only the reader differs. */
export function leadershipMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: 'Leadership',
    description: 'The people who lead the coalition today, and those who led it before.',
    path: '/leadership',
  })
}

export const leadershipPage = (load: () => Promise<LeadershipRoster>) =>
  async function LeadershipPage() {
    const { current, past } = await load()
    return (
      <div className="container">
        <PageHeader title="Leadership" lead="The people members have chosen to lead the coalition, and those who led it before them." />
        {current.length > 0 ? (
          <Section id="current" title="Current leadership">
            <ul className={styles.grid}>
              {current.map((leader) => (
                <li key={leader.slug}>
                  <LeaderCard leader={leader} />
                </li>
              ))}
            </ul>
          </Section>
        ) : (
          <EmptyState>
            <p>Leadership details are coming soon.</p>
          </EmptyState>
        )}
        {past.length > 0 ? (
          <Section id="past" title="Past leaders">
            <PastLeaders leaders={past} />
          </Section>
        ) : null}
      </div>
    )
  }
