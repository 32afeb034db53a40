import type { Metadata } from 'next'

import { LeaderCard } from '@/components/Leadership/LeaderCard'
import { PastLeaders } from '@/components/Leadership/PastLeaders'
import { EmptyState } from '@/components/ui/EmptyState'
import { PageHeader } from '@/components/ui/PageHeader'
import { Section } from '@/components/ui/Section'
import { getLeadership } from '@/lib/content/getLeadership'
import { pageMetadata } from '@/lib/seo/site'

import styles from './leadership.module.css'

// Static for everyone and refreshed by tag; a members-only biography is the member's personal piece.
export const revalidate = 300

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: 'Leadership',
    description: 'The people who lead the coalition today, and those who led it before.',
    path: '/leadership',
  })
}

export default async function LeadershipPage() {
  const { current, past } = await getLeadership()
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
