import type { Metadata } from 'next'

import { LeaderCard } from '@/components/Leadership/LeaderCard'
import { PastLeaders } from '@/components/Leadership/PastLeaders'
import { EmptyState } from '@/components/ui/EmptyState'
import { PageHeader } from '@/components/ui/PageHeader'
import { Section } from '@/components/ui/Section'
import { getLeadership } from '@/lib/content/getLeadership'
import { toLang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pageMetadata } from '@/lib/seo/site'

import styles from './leadership.module.css'

// Static for everyone and refreshed by tag; a members-only biography is the member's personal piece.
export const revalidate = 300

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = toLang((await params).lang)
  const t = messages(lang)
  return pageMetadata({ lang, title: t.leadership.title, description: t.leadership.description, path: '/leadership' })
}

export default async function LeadershipPage({ params }: Props) {
  const lang = toLang((await params).lang)
  const t = messages(lang)
  const { current, past } = await getLeadership(lang)
  return (
    <div className="container">
      <PageHeader title={t.leadership.title} lead={t.leadership.lead} />
      {current.length > 0 ? (
        <Section id="current" title={t.leadership.currentHeading}>
          <ul className={styles.grid}>
            {current.map((leader) => (
              <li key={leader.slug}>
                <LeaderCard leader={leader} lang={lang} />
              </li>
            ))}
          </ul>
        </Section>
      ) : (
        <EmptyState>
          <p>{t.leadership.empty}</p>
        </EmptyState>
      )}
      {past.length > 0 ? (
        <Section id="past" title={t.leadership.pastHeading}>
          <PastLeaders leaders={past} lang={lang} />
        </Section>
      ) : null}
    </div>
  )
}
