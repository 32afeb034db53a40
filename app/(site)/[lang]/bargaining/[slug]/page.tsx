import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { NextSessionCard } from '@/components/Bargaining/NextSessionCard'
import { UpdateBody } from '@/components/Bargaining/UpdateBody'
import { UpdatePiece } from '@/components/Bargaining/UpdatePiece.client'
import { MembersOnlyNotice } from '@/components/Members/MembersOnlyNotice'
import { JsonLd } from '@/components/seo/JsonLd'
import { ArticleLayout } from '@/components/ui/Article'
import { BackLink } from '@/components/ui/BackLink'
import { Badge } from '@/components/ui/Badge'
import { DateText } from '@/components/ui/DateText'
import { MembersOnlyBadge } from '@/components/ui/MembersOnlyBadge'
import { PageHeader } from '@/components/ui/PageHeader'
import { formatDayRange, todayIsoDay } from '@/lib/content/format'
import { getBargainingUpdateBySlug } from '@/lib/content/getBargainingUpdateBySlug'
import { getSite } from '@/lib/content/getSite'
import { authoredByLabel, bargainingStatusLabel } from '@/lib/content/labels'
import type { BargainingUpdateDetail } from '@/lib/content/types'
import { bargainingEventJsonLd, nextSessionEvent, type SessionEvent } from '@/lib/seo/jsonLd'
import { pageMetadata, siteContext } from '@/lib/seo/site'

import styles from './update.module.css'

// Static for everyone, built on first visit and refreshed by tag; a member's members-only body is
// the personal piece (UpdatePiece), read per request.
export const revalidate = 300

export function generateStaticParams(): Array<{ slug: string }> {
  return []
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const update = await getBargainingUpdateBySlug((await params).slug)
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

export default async function BargainingUpdatePage({ params }: Props) {
  const [update, site] = await Promise.all([getBargainingUpdateBySlug((await params).slug), getSite()])
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
        {update.locked ? <UpdatePiece slug={update.slug} notice={<MembersOnlyNotice path={update.href} />} /> : <UpdateBody update={update} />}
      </ArticleLayout>
    </article>
  )
}
