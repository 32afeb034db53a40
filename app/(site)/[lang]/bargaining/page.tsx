import type { Metadata } from 'next'

import { KeyIssues } from '@/components/Bargaining/KeyIssues'
import { NextSessionCard } from '@/components/Bargaining/NextSessionCard'
import { SessionTimeline } from '@/components/Bargaining/SessionTimeline'
import { StatusBanner } from '@/components/Bargaining/StatusBanner'
import { JsonLd } from '@/components/seo/JsonLd'
import { EmptyState } from '@/components/ui/EmptyState'
import { PageHeader } from '@/components/ui/PageHeader'
import { Section } from '@/components/ui/Section'
import { SubscribeLinks } from '@/components/ui/SubscribeLinks'
import { currentKeyIssues, groupSessionsByTable, latestUpdate, pickNextSession } from '@/lib/content/bargaining'
import { todayIsoDay } from '@/lib/content/format'
import { getBargainingSessions } from '@/lib/content/getBargainingSessions'
import { getSite } from '@/lib/content/getSite'
import { bargainingEventJsonLd, nextSessionEvent } from '@/lib/seo/jsonLd'
import { pageMetadata, siteContext } from '@/lib/seo/site'

import styles from './bargaining.module.css'

export const revalidate = 300

export function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: 'Bargaining',
    description: 'Where bargaining stands, the next session and every update from the table.',
    path: '/bargaining',
    feeds: [{ url: '/bargaining/feed.xml', title: 'Bargaining updates' }],
  })
}

export default async function BargainingPage() {
  const [sessions, site] = await Promise.all([getBargainingSessions(), getSite()])
  const latest = latestUpdate(sessions)
  // Worked out at render time: the static page is rebuilt at least every `revalidate` seconds.
  const next = pickNextSession(sessions, todayIsoDay())
  const issues = currentKeyIssues(sessions)

  return (
    <div className="container">
      {next ? <JsonLd data={bargainingEventJsonLd(nextSessionEvent(next), site, siteContext())} /> : null}
      <PageHeader title="Bargaining" lead="Where bargaining stands, when we meet next, and every update from the table.">
        <SubscribeLinks
          feeds={[
            { href: '/bargaining/calendar.ics', label: 'Add sessions to your calendar', format: 'Calendar' },
            { href: '/bargaining/feed.xml', label: 'Bargaining updates feed', format: 'RSS' },
          ]}
        />
      </PageHeader>
      {latest ? (
        <>
          <div className={styles.top}>
            <StatusBanner latest={latest} />
            {next ? <NextSessionCard session={next} /> : null}
          </div>
          {issues.length > 0 ? (
            <Section id="key-issues" title="Key issues">
              <KeyIssues issues={issues} />
            </Section>
          ) : null}
          <Section id="sessions" title="Sessions and updates">
            <SessionTimeline tables={groupSessionsByTable(sessions)} />
          </Section>
        </>
      ) : (
        <EmptyState>
          <p>No bargaining updates yet. When bargaining starts, every session will be reported here.</p>
        </EmptyState>
      )}
    </div>
  )
}
