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
import { localizedPath, toLang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { bargainingEventJsonLd, nextSessionEvent } from '@/lib/seo/jsonLd'
import { pageMetadata, siteContext } from '@/lib/seo/site'

import styles from './bargaining.module.css'

export const revalidate = 300

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = toLang((await params).lang)
  const t = messages(lang)
  return pageMetadata({
    lang,
    title: t.bargaining.title,
    description: t.bargaining.description,
    path: '/bargaining',
    feeds: [{ url: '/bargaining/feed.xml', title: t.bargaining.feedTitle }],
  })
}

export default async function BargainingPage({ params }: Props) {
  const lang = toLang((await params).lang)
  const t = messages(lang)
  const [sessions, site] = await Promise.all([getBargainingSessions(lang), getSite(lang)])
  const latest = latestUpdate(sessions)
  // Worked out at render time: the static page is rebuilt at least every `revalidate` seconds.
  const next = pickNextSession(sessions, todayIsoDay())
  const issues = currentKeyIssues(sessions)

  return (
    <div className="container">
      {next ? <JsonLd data={bargainingEventJsonLd(nextSessionEvent({ ...next, href: localizedPath(lang, next.href) }), site, siteContext())} /> : null}
      <PageHeader title={t.bargaining.title} lead={t.bargaining.lead}>
        <SubscribeLinks
          feeds={[
            { href: localizedPath(lang, '/bargaining/calendar.ics'), label: t.bargaining.calendarLink, format: 'Calendar' },
            { href: localizedPath(lang, '/bargaining/feed.xml'), label: t.bargaining.feedLink, format: 'RSS' },
          ]}
          lang={lang}
        />
      </PageHeader>
      {latest ? (
        <>
          <div className={styles.top}>
            <StatusBanner latest={latest} lang={lang} />
            {next ? <NextSessionCard session={next} lang={lang} /> : null}
          </div>
          {issues.length > 0 ? (
            <Section id="key-issues" title={t.bargaining.keyIssues}>
              <KeyIssues issues={issues} />
            </Section>
          ) : null}
          <Section id="sessions" title={t.bargaining.sessionsHeading}>
            <SessionTimeline tables={groupSessionsByTable(sessions)} lang={lang} />
          </Section>
        </>
      ) : (
        <EmptyState>
          <p>{t.bargaining.empty}</p>
        </EmptyState>
      )}
    </div>
  )
}
