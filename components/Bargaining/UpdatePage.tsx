import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { KeyIssues } from '@/components/Bargaining/KeyIssues'
import { NextSessionCard } from '@/components/Bargaining/NextSessionCard'
import { MembersOnlyNotice } from '@/components/Members/MembersOnlyNotice'
import { JsonLd } from '@/components/seo/JsonLd'
import { ArticleLayout, ArticleSection } from '@/components/ui/Article'
import { BackLink } from '@/components/ui/BackLink'
import { Badge } from '@/components/ui/Badge'
import { DateText } from '@/components/ui/DateText'
import { DownloadList } from '@/components/ui/DownloadList'
import { MembersOnlyBadge } from '@/components/ui/MembersOnlyBadge'
import { PageHeader } from '@/components/ui/PageHeader'
import { RichText } from '@/components/ui/RichText'
import { formatDayRange, todayIsoDay } from '@/lib/content/format'
import { getSite } from '@/lib/content/getSite'
import { authoredByLabel, bargainingStatusLabel } from '@/lib/content/labels'
import type { BargainingUpdateDetail } from '@/lib/content/types'
import { bargainingEventJsonLd, nextSessionEvent, type SessionEvent } from '@/lib/seo/jsonLd'
import { pageMetadata, siteContext } from '@/lib/seo/site'

import styles from './UpdatePage.module.css'

type Props = { params: Promise<{ slug: string }> }
type Load = (slug: string) => Promise<BargainingUpdateDetail | null>

/** /bargaining/[slug] for everyone (static) and for signed-in viewers (/signed-in/bargaining/[slug]); only the reader differs. */
export const updateMetadata =
  (load: Load) =>
  async ({ params }: Props): Promise<Metadata> => {
    const update = await load((await params).slug)
    if (!update) return { title: 'Not found', robots: { index: false } }
    return pageMetadata({
      title: update.title,
      description: update.summary,
      path: update.href,
      type: 'article',
      publishedTime: update.publishedAt,
    })
  }

/** The session this update reports on, and the next one it announces if that is still ahead. */
function sessionEvents(update: BargainingUpdateDetail, upcoming: BargainingUpdateDetail['nextSession']): SessionEvent[] {
  const reported: SessionEvent[] = update.sessionStart
    ? [
        {
          name: `${update.table}: bargaining session${update.sessionNumber ? ` ${update.sessionNumber}` : ''}`,
          start: update.sessionStart,
          end: update.sessionEnd,
          location: update.location,
          path: update.href,
        },
      ]
    : []
  return upcoming ? [...reported, nextSessionEvent({ ...upcoming, table: update.table, href: update.href })] : reported
}

export const updatePage = (load: Load) =>
  async function BargainingUpdatePage({ params }: Props) {
    const [update, site] = await Promise.all([load((await params).slug), getSite()])
    if (!update) notFound()
    const fromOthers = update.authoredBy !== 'coalition'
    // An old update's "next session" is history: only show one that is still ahead.
    const upcoming = update.nextSession && update.nextSession.start.slice(0, 10) >= todayIsoDay() ? update.nextSession : null

    const events = sessionEvents(update, upcoming)
    const context = siteContext()

    return (
      <article className="container">
        {events.length > 0 ? <JsonLd data={events.map((event) => bargainingEventJsonLd(event, site, context))} /> : null}
        <BackLink href="/bargaining">Bargaining</BackLink>
        <PageHeader title={update.title} lead={update.summary} kicker={`${update.table}${update.sessionNumber ? ` · Session ${update.sessionNumber}` : ''}`}>
          <div className={styles.meta}>
            <Badge tone="brand">{bargainingStatusLabel(update.status)}</Badge>
            {update.membersOnly ? <MembersOnlyBadge /> : null}
            {update.sessionStart ? (
              <span>
                <span className={styles.label}>Session:</span>{' '}
                <time dateTime={update.sessionStart.slice(0, 10)}>{formatDayRange(update.sessionStart, update.sessionEnd)}</time>
                {update.location ? ` · ${update.location}` : ''}
              </span>
            ) : null}
            {update.publishedAt ? (
              <span>
                <span className={styles.label}>Posted:</span> <DateText iso={update.publishedAt} />
              </span>
            ) : null}
          </div>
        </PageHeader>
        {fromOthers ? (
          <p className={styles.source} role="note">
            This update was written by <strong>{authoredByLabel(update.authoredBy).toLowerCase()}</strong>, not the coalition. We share it so members can see
            what the other side is saying.
          </p>
        ) : null}
        <ArticleLayout aside={upcoming ? <NextSessionCard session={{ ...upcoming, table: update.table, href: update.href }} linkToUpdate={false} /> : null}>
          {update.locked ? <MembersOnlyNotice path={update.href} /> : null}
          {update.body ? <RichText data={update.body} /> : null}
          {update.keyIssues.length > 0 ? (
            <ArticleSection id="key-issues" title="Key issues">
              <KeyIssues issues={update.keyIssues} />
            </ArticleSection>
          ) : null}
          {update.attachments.length > 0 ? (
            <ArticleSection id="documents" title="Documents and links">
              <DownloadList items={update.attachments} />
            </ArticleSection>
          ) : null}
        </ArticleLayout>
      </article>
    )
  }
